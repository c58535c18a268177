package com.zongji.adapters.sip.media;

/** Opens media sessions on the configured RTP port range and address. */
public interface MediaSessions {

    /** A new session bound to a free local port; fails clearly when the range is used up. */
    MediaSession open();
}
