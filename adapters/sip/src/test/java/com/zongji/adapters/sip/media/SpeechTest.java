package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zongji.engine.call.Prompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechTest {

    @TempDir
    Path bin;

    @Test
    void withoutEspeakOnThePathNothingIsSpokenAndTheRecordingPlays() throws Exception {
        EspeakSpeech speech = EspeakSpeech.onPath(bin.toString(), Duration.ofSeconds(5));
        PromptAudio audio = new PromptAudio(new Recordings(), speech, Executors.newSingleThreadExecutor());

        byte[] played = audio.muLaw(Prompt.spoken("请输入分机号", "test-tone")).get(5, TimeUnit.SECONDS);

        assertThat(speech.isInstalled()).isFalse();
        assertThat(speech.speak("请输入分机号")).isEmpty();
        assertThat(played).isEqualTo(new Recordings().muLaw("test-tone"));
    }

    @Test
    void speaksMandarinAsMuLawWhenEspeakAndSoxAreInstalled() {
        EspeakSpeech speech = EspeakSpeech.onPath(System.getenv("PATH"), Duration.ofSeconds(5));
        assumeThat(speech.isInstalled()).as("espeak-ng and sox installed").isTrue();

        Optional<byte[]> spoken = speech.speak("您好，请直拨分机号");

        assertThat(spoken).get().satisfies(samples -> assertThat(samples.length).isBetween(8000, 8000 * 10));
        assertThat(speech.speak("您好，请直拨分机号")).get().isSameAs(spoken.get());
    }

    @Test
    void aSynthesisThatTakesTooLongGivesWayToTheRecording() throws IOException {
        executable("espeak-ng", "sleep 10");
        executable("sox", "exit 0");
        EspeakSpeech speech = EspeakSpeech.onPath(bin.toString(), Duration.ofMillis(500));

        long start = System.nanoTime();
        Optional<byte[]> spoken = speech.speak("您好");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(speech.isInstalled()).isTrue();
        assertThat(spoken).isEmpty();
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void aFailingSynthesisGivesWayToTheRecording() throws Exception {
        executable("espeak-ng", "echo 'no voice cmn' >&2; exit 1");
        executable("sox", "exit 0");
        EspeakSpeech speech = EspeakSpeech.onPath(bin.toString(), Duration.ofSeconds(5));
        PromptAudio audio = new PromptAudio(new Recordings(), speech, Executors.newSingleThreadExecutor());

        byte[] played = audio.muLaw(Prompt.spoken("您好", "test-tone")).get(5, TimeUnit.SECONDS);

        assertThat(played).isEqualTo(new Recordings().muLaw("test-tone"));
    }

    @Test
    void spokenPromptsAreSynthesisedOffTheCallersThread() throws Exception {
        String caller = Thread.currentThread().getName();
        String[] speakingThread = new String[1];
        PromptAudio audio = new PromptAudio(new Recordings(), text -> {
            speakingThread[0] = Thread.currentThread().getName();
            return Optional.of(new byte[160]);
        }, Executors.newSingleThreadExecutor());

        audio.muLaw(Prompt.spoken("您好", "test-tone")).get(5, TimeUnit.SECONDS);

        assertThat(speakingThread[0]).isNotEqualTo(caller);
    }

    private void executable(String name, String script) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
