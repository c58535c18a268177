package com.zongji.adapters.sip.media;

import java.util.Optional;

/** Text to speech for spoken prompts. Called off the signalling threads; may take a while. */
public interface SpeechEngine {

    /** The text spoken as G.711 µ-law 8 kHz mono samples, or empty when it cannot be spoken here and now. */
    Optional<byte[]> speak(String text);
}
