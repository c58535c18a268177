package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Prompt;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Stands in for RTP: fixed SDP, and a record of what signalling asked of it. */
final class FakeMediaSession implements MediaSession {

    static final String OFFER = sdp("zongji-offer");
    static final String ANSWER = sdp("zongji-answer");

    final List<Character> keys = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile String remoteSdp;
    volatile Runnable promptFinished;
    volatile Consumer<String> digitsCollected;
    volatile MediaSession bridgedWith;
    volatile boolean closed;

    static String sdp(String origin) {
        return "v=0\r\no=" + origin + " 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 20000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n";
    }

    @Override
    public String offer() {
        calls.add("offer");
        return OFFER;
    }

    @Override
    public void acceptAnswer(String remoteSdp) {
        calls.add("acceptAnswer");
        if (remoteSdp.isBlank()) {
            throw new IllegalArgumentException("No SDP"); // as the RTP session says
        }
        this.remoteSdp = remoteSdp;
    }

    @Override
    public String answer(String remoteOffer) {
        calls.add("answer");
        if (!remoteOffer.contains("m=audio")) {
            throw new IllegalArgumentException("SDP has no audio stream"); // as the RTP session says
        }
        this.remoteSdp = remoteOffer;
        return ANSWER;
    }

    @Override
    public void play(Prompt prompt, Runnable finished) {
        calls.add("play " + prompt.recording());
        promptFinished = finished;
    }

    @Override
    public void collect(DigitCollection collection, Consumer<String> collected) {
        calls.add("collect " + collection.maxDigits());
        digitsCollected = collected;
    }

    @Override
    public void keyPressed(char key) {
        keys.add(key);
    }

    @Override
    public void bridgeWith(MediaSession other) {
        calls.add("bridgeWith");
        bridgedWith = other;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Opens fake sessions and keeps them, in order, for the test to inspect. */
    static final class Opened implements MediaSessions {
        final List<FakeMediaSession> sessions = new CopyOnWriteArrayList<>();

        @Override
        public MediaSession open() {
            FakeMediaSession session = new FakeMediaSession();
            sessions.add(session);
            return session;
        }

        FakeMediaSession last() {
            return sessions.get(sessions.size() - 1);
        }
    }
}
