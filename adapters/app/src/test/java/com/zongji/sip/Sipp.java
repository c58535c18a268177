package com.zongji.sip;

import com.zongji.support.FreePorts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one call of a scenario from {@code src/test/resources/sipp} with the installed sipp. A missing
 * sipp is an error, never a reason to skip.
 */
final class Sipp {

    static final String EXECUTABLE = "/usr/bin/sipp";
    private static final Pattern SUCCESSFUL_CALLS = Pattern.compile("Successful call\\s*\\|\\s*\\d+\\s*\\|\\s*(\\d+)");

    enum Transport {
        UDP("u1"),
        TCP("t1");

        private final String mode;

        Transport(String mode) {
            this.mode = mode;
        }
    }

    /** sipp's exit code (0 when every call succeeded), its screen and the messages it traced. */
    record Result(int exitCode, String output) {

        int successfulCalls() {
            Matcher summary = SUCCESSFUL_CALLS.matcher(output);
            return summary.find() ? Integer.parseInt(summary.group(1)) : 0;
        }
    }

    private Sipp() {
    }

    static Result run(String scenario, Transport transport, int enginePort) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("sipp-");
        Path screen = workDir.resolve("screen.log");
        Path messages = workDir.resolve("messages.log");
        Path errors = workDir.resolve("errors.log");
        List<String> command = List.of(EXECUTABLE, "127.0.0.1:" + enginePort,
                "-sf", scenarioFile(scenario).toString(),
                "-m", "1",
                "-i", "127.0.0.1",
                "-p", String.valueOf(FreePorts.udpAndTcp()),
                "-t", transport.mode,
                "-timeout", "10s", "-timeout_error",
                "-nostdin",
                "-trace_msg", "-message_file", messages.toString(),
                "-trace_err", "-error_file", errors.toString());
        Process sipp = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(screen.toFile())
                .start();
        if (!sipp.waitFor(30, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            throw new IllegalStateException("sipp did not end: " + command);
        }
        return new Result(sipp.exitValue(), String.join("\n", String.join(" ", command),
                read(screen), "--- messages", read(messages), "--- errors", read(errors)));
    }

    private static Path scenarioFile(String scenario) {
        try {
            return Path.of(Sipp.class.getResource("/sipp/" + scenario + ".xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(scenario, e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(none)";
    }
}
