package com.zongji.engine.call;

/**
 * Something said to a leg. A recorded prompt names an audio file shipped with the engine
 * ({@code prompts/<recording>.wav}); a spoken one is text for the text-to-speech port, which says the
 * recording instead when no speech engine is installed.
 *
 * @param recording the shipped prompt to play, or to fall back on for spoken text
 * @param speech    text to speak, or null for a plain recording
 */
public record Prompt(String recording, String speech) {

    public static Prompt recorded(String recording) {
        return new Prompt(recording, null);
    }

    public static Prompt spoken(String speech, String fallbackRecording) {
        return new Prompt(fallbackRecording, speech);
    }

    public boolean isSpoken() {
        return speech != null;
    }
}
