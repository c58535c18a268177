package com.zongji.adapters.sip.media;

import com.zongji.engine.call.Prompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The µ-law samples to play for a prompt: its spoken text when speech works, otherwise its recording. */
final class PromptAudio {

    private final Recordings recordings;
    private final SpeechEngine speech;
    private final Executor speaking;

    PromptAudio(Recordings recordings, SpeechEngine speech, Executor speaking) {
        this.recordings = recordings;
        this.speech = speech;
        this.speaking = speaking;
    }

    /** Completes on a speech thread for spoken prompts (synthesis is slow), at once for recordings. */
    CompletableFuture<byte[]> muLaw(Prompt prompt) {
        if (!prompt.isSpoken()) {
            try {
                return CompletableFuture.completedFuture(recordings.muLaw(prompt.recording()));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(
                () -> speech.speak(prompt.speech()).orElseGet(() -> recordings.muLaw(prompt.recording())),
                speaking);
    }
}
