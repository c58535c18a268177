package com.zongji.adapters.sip.media;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mandarin text to speech with {@code espeak-ng -v cmn}, converted to G.711 µ-law by {@code sox} the same
 * way the shipped recordings are made. Both must be on the PATH; without them nothing is spoken and the
 * caller plays the recording. Each synthesis has a time limit; results are cached by text because the
 * same few sentences recur on every call.
 */
public final class EspeakSpeech implements SpeechEngine {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeech.class);
    private static final int CACHED_TEXTS = 256;

    private final Path espeak;
    private final Path sox;
    private final Duration timeLimit;
    private final Map<String, byte[]> spoken = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    private EspeakSpeech(Path espeak, Path sox, Duration timeLimit) {
        this.espeak = espeak;
        this.sox = sox;
        this.timeLimit = timeLimit;
    }

    /** Finds both executables in the directories of {@code searchPath} (the PATH's format). */
    public static EspeakSpeech onPath(String searchPath, Duration timeLimit) {
        Path espeak = find("espeak-ng", searchPath);
        Path sox = find("sox", searchPath);
        if (espeak == null || sox == null) {
            log.info("espeak-ng or sox is not on the PATH: spoken prompts play their recordings");
        }
        return new EspeakSpeech(espeak, sox, timeLimit);
    }

    public boolean isInstalled() {
        return espeak != null && sox != null;
    }

    @Override
    public Optional<byte[]> speak(String text) {
        if (!isInstalled() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        synchronized (spoken) {
            byte[] cached = spoken.get(text);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<byte[]> samples = synthesise(text);
        samples.ifPresent(muLaw -> {
            synchronized (spoken) {
                spoken.put(text, muLaw);
            }
        });
        return samples;
    }

    private Optional<byte[]> synthesise(String text) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Path work = null;
        try {
            work = Files.createTempDirectory("zongji-speech");
            Path textFile = Files.writeString(work.resolve("text.txt"), text, StandardCharsets.UTF_8);
            Path wav = work.resolve("speech.wav");
            Path muLaw = work.resolve("speech.ulaw");
            // The text goes in a file, not an argument, so a leading "-" cannot be taken for an option.
            boolean done = run(work, deadline, espeak.toString(), "-v", "cmn", "-f", textFile.toString(),
                            "-w", wav.toString())
                    && run(work, deadline, sox.toString(), "-D", wav.toString(), "-r", "8000", "-c", "1",
                            "-e", "u-law", "-t", "raw", muLaw.toString(), "gain", "-n", "-3");
            return done ? Optional.of(Files.readAllBytes(muLaw)) : Optional.empty();
        } catch (IOException e) {
            log.warn("Speech synthesis failed; playing the recording instead", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(work);
        }
    }

    private boolean run(Path work, long deadline, String... command) throws IOException, InterruptedException {
        Path errors = work.resolve("errors.txt");
        Process process = new ProcessBuilder(List.of(command))
                .directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            log.warn("{} took longer than {}; playing the recording instead", command[0], timeLimit);
            return false;
        }
        if (process.exitValue() != 0) {
            log.warn("{} failed with exit code {}: {}", command[0], process.exitValue(),
                    Files.readString(errors, StandardCharsets.UTF_8).strip());
            return false;
        }
        return true;
    }

    private static Path find(String executable, String searchPath) {
        if (searchPath == null) {
            return null;
        }
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, executable);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", directory, e);
        }
    }
}
