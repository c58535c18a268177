package com.zongji.sip;

import com.zongji.support.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a scenario from {@code src/test/resources/sipp} with the installed sipp: one call to the engine and
 * wait ({@link #run}), or a process the test holds ({@link #uas}, {@link #uac}) whose traced messages it
 * reads while it runs and which it stops. A missing sipp is an error, never a reason to skip.
 */
public final class Sipp {

    static final String EXECUTABLE = "/usr/bin/sipp";
    private static final Pattern SUCCESSFUL_CALLS = Pattern.compile("Successful call\\s*\\|\\s*\\d+\\s*\\|\\s*(\\d+)");
    private static final Pattern FAILED_CALLS = Pattern.compile("Failed call\\s*\\|\\s*\\d+\\s*\\|\\s*(\\d+)");
    /** Where a scenario wants the keys of {@link #keys}; an XML comment, so the file also runs as it is. */
    private static final String KEYS_MARKER = "<!-- keys -->";

    public enum Transport {
        UDP("u1"),
        TCP("t1");

        private final String mode;

        Transport(String mode) {
            this.mode = mode;
        }
    }

    /** sipp's exit code (0 when every call succeeded), its screen and the messages it traced. */
    public record Result(int exitCode, String output, List<Message> messages) {

        public int successfulCalls() {
            return count(SUCCESSFUL_CALLS);
        }

        public int failedCalls() {
            return count(FAILED_CALLS);
        }

        private int count(Pattern summary) {
            Matcher matcher = summary.matcher(output);
            int last = 0;
            while (matcher.find()) {
                last = Integer.parseInt(matcher.group(1));
            }
            return last;
        }

        @Override
        public String toString() {
            return output;
        }
    }

    private final String scenario;
    private final Map<String, String> keywords = new LinkedHashMap<>();
    private Keys keys = Keys.none();
    private int calls = 1;
    private Duration timeout = Duration.ofSeconds(30);

    private Sipp(String scenario) {
        this.scenario = scenario;
    }

    /** A scenario by its file name in {@code src/test/resources/sipp}, without {@code .xml}. */
    public static Sipp scenario(String name) {
        return new Sipp(name);
    }

    /** A value for {@code [keyword]} in the scenario's messages (sipp's {@code -key}). */
    public Sipp key(String keyword, String value) {
        keywords.put(keyword, value);
        return this;
    }

    /** The keys the scenario presses where it says {@code <!-- keys -->}. */
    public Sipp keys(Keys keys) {
        this.keys = keys;
        return this;
    }

    /** How many calls sipp takes or places before it ends by itself. */
    public Sipp calls(int calls) {
        this.calls = calls;
        return this;
    }

    /** sipp fails a call that is not over by then, and ends. */
    public Sipp timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Listens on {@code port} (the carrier trunk, say) until it has taken its calls or is stopped. */
    public Running uas(int port) throws IOException {
        return start(null, port, Transport.UDP);
    }

    /** Calls the engine's SIP port from a free port. */
    public Running uac(int enginePort) throws IOException {
        return start("127.0.0.1:" + enginePort, FreePorts.udpAndTcp(), Transport.UDP);
    }

    /** One call of {@code scenario} to the engine, waited for. */
    static Result run(String scenario, Transport transport, int enginePort) throws IOException, InterruptedException {
        try (Running sipp = scenario(scenario).timeout(Duration.ofSeconds(10))
                .start("127.0.0.1:" + enginePort, FreePorts.udpAndTcp(), transport)) {
            return sipp.awaitEnd(Duration.ofSeconds(30));
        }
    }

    private Running start(String remote, int localPort, Transport transport) throws IOException {
        Path workDir = Files.createTempDirectory("sipp-" + scenario + "-");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE));
        if (remote != null) {
            command.add(remote);
        }
        command.addAll(List.of(
                "-sf", scenarioFile(workDir).toString(),
                "-m", String.valueOf(calls),
                "-i", "127.0.0.1",
                "-p", String.valueOf(localPort),
                "-mi", "127.0.0.1",
                "-mp", String.valueOf(freeMediaPorts()),
                "-t", transport.mode,
                "-timeout", timeout.toSeconds() + "s", "-timeout_error",
                "-nostdin",
                "-trace_msg", "-message_file", workDir.resolve("messages.log").toString(),
                "-trace_err", "-error_file", workDir.resolve("errors.log").toString()));
        keywords.forEach((keyword, value) -> command.addAll(List.of("-key", keyword, value)));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("screen.log").toFile())
                .start();
        return new Running(process, command, workDir);
    }

    /** The scenario as a file, with its keys written in where it asks for them. */
    private Path scenarioFile(Path workDir) throws IOException {
        Path source;
        try {
            source = Path.of(Sipp.class.getResource("/sipp/" + scenario + ".xml").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No sipp scenario " + scenario, e);
        }
        String text = Files.readString(source, StandardCharsets.ISO_8859_1);
        if (!keys.isEmpty() && !text.contains(KEYS_MARKER)) {
            throw new IllegalArgumentException(scenario + " has no place for keys");
        }
        Path file = workDir.resolve(scenario + ".xml");
        Files.writeString(file, text.replace(KEYS_MARKER, keys.xml()), StandardCharsets.ISO_8859_1);
        return file;
    }

    /** sipp binds its RTP socket at the media port and video at +2; both pairs must be free. */
    private static int freeMediaPorts() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 2 * (15_000 + (int) (Math.random() * 10_000));
            List<DatagramSocket> probes = new ArrayList<>();
            try {
                for (int port = base; port < base + 4; port++) {
                    probes.add(new DatagramSocket(port, InetAddress.getLoopbackAddress()));
                }
                return base;
            } catch (IOException taken) {
                // try another base
            } finally {
                probes.forEach(DatagramSocket::close);
            }
        }
        throw new UncheckedIOException(new IOException("No four free media ports"));
    }

    /** A running sipp: its messages so far, its end; closing stops it if it still runs. */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final List<String> command;
        private final Path workDir;

        private Running(Process process, List<String> command, Path workDir) {
            this.process = process;
            this.command = command;
            this.workDir = workDir;
        }

        /** The messages sipp sent and received so far, in order. */
        public List<Message> messages() {
            return Message.parse(read("messages.log"));
        }

        /** The first message so far that {@code matches}. */
        public Optional<Message> find(Predicate<Message> matches) {
            return messages().stream().filter(matches).findFirst();
        }

        /** Waits for a message that {@code matches}; fails with what sipp saw if none comes in time. */
        public Message await(String what, Predicate<Message> matches, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<Message> found = find(matches);
                if (found.isPresent()) {
                    return found.get();
                }
                Thread.sleep(50);
            }
            throw new AssertionError("sipp " + workDir.getFileName() + " saw no " + what + " within " + within
                    + "\n" + output());
        }

        /** Waits for sipp to end by itself; stops it if it has not by then (its exit code then tells). */
        public Result awaitEnd(Duration within) throws InterruptedException {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
            }
            return result();
        }

        public boolean isRunning() {
            return process.isAlive();
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }

        private void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }

        private Result result() {
            int exitCode = process.isAlive() ? -1 : process.exitValue();
            return new Result(exitCode, output(), messages());
        }

        private String output() {
            return String.join("\n", String.join(" ", command), read("screen.log"), "--- messages",
                    read("messages.log"), "--- errors", read("errors.log"));
        }

        private String read(String file) {
            Path path = workDir.resolve(file);
            try {
                return Files.exists(path) ? Files.readString(path, StandardCharsets.ISO_8859_1) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A SIP message as sipp traced it: when, which way, and the text. */
    public record Message(LocalDateTime at, boolean sent, String text) {

        private static final Pattern SEPARATOR = Pattern.compile(
                "^-{20,} (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+)\\R(\\S+ message (sent|received)[^\\n]*)\\R", Pattern.MULTILINE);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

        static List<Message> parse(String trace) {
            List<Message> messages = new ArrayList<>();
            Matcher separator = SEPARATOR.matcher(trace);
            boolean found = separator.find();
            while (found) {
                LocalDateTime at = LocalDateTime.parse(separator.group(1), TIME);
                boolean sent = "sent".equals(separator.group(3));
                int start = separator.end();
                found = separator.find();
                int end = found ? separator.start() : trace.length();
                messages.add(new Message(at, sent, trace.substring(start, end).strip()));
            }
            return messages;
        }

        public String firstLine() {
            return text.lines().findFirst().orElse("");
        }

        public boolean isRequest(String method) {
            return firstLine().startsWith(method + " ");
        }

        /** A response with this status to a request of this method. */
        public boolean isResponse(int status, String method) {
            return firstLine().startsWith("SIP/2.0 " + status + " ") && header("CSeq").endsWith(" " + method);
        }

        public boolean received() {
            return !sent;
        }

        /** The value of the first header of this name (case-insensitive), or "" when there is none. */
        public String header(String name) {
            return text.lines()
                    .takeWhile(line -> !line.isBlank())
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse("");
        }

        /** The user part of the first SIP URI in a header, e.g. the number a From shows. */
        public String userOf(String headerName) {
            Matcher uri = Pattern.compile("sips?:([^@;>]+)@").matcher(header(headerName));
            return uri.find() ? uri.group(1) : "";
        }

        /** The user part of a request's Request-URI. */
        public String requestUser() {
            Matcher uri = Pattern.compile("^\\S+ sips?:([^@;>]+)@").matcher(firstLine());
            return uri.find() ? uri.group(1) : "";
        }

        /** The leg an engine request is about ({@code X-Zongji-Leg: <callId>/<leg>}). */
        public String leg() {
            String leg = header("X-Zongji-Leg");
            return leg.substring(leg.indexOf('/') + 1);
        }

        public String callId() {
            return header("Call-ID");
        }

        public Duration since(Message earlier) {
            return Duration.between(earlier.at, at);
        }
    }

    /**
     * Keys a caller presses, written into a scenario: RFC 4733 telephone-events played from sipp's DTMF
     * captures, or SIP INFO requests ({@code application/dtmf-relay}); with pauses between them.
     */
    public static final class Keys {

        private static final String DTMF_CAPTURES = "/usr/share/sip-tester/dtmf_2833_%s.pcap";
        /** A capture lasts 140 ms; the next key waits until it is over. */
        private static final int CAPTURE_MILLIS = 300;

        private final boolean info;
        private final StringBuilder xml = new StringBuilder();
        private int infoCount;

        private Keys(boolean info) {
            this.info = info;
        }

        public static Keys none() {
            return new Keys(false);
        }

        /** Keys sent as RFC 4733 events in the RTP stream. */
        public static Keys rtpEvents() {
            return new Keys(false);
        }

        /** Keys sent as SIP INFO in the dialog (the scenario captures the engine's Contact as {@code contact}). */
        public static Keys sipInfo() {
            return new Keys(true);
        }

        public Keys pause(Duration pause) {
            xml.append("\n  <pause milliseconds=\"").append(pause.toMillis()).append("\"/>");
            return this;
        }

        public Keys press(String keys) {
            for (char key : keys.toCharArray()) {
                if (info) {
                    pressByInfo(key);
                } else {
                    String capture = switch (key) {
                        case '#' -> "pound";
                        case '*' -> "star";
                        default -> String.valueOf(key);
                    };
                    xml.append("\n  <nop><action><exec play_pcap_audio=\"").append(DTMF_CAPTURES.formatted(capture))
                            .append("\"/></action></nop>");
                    pause(Duration.ofMillis(CAPTURE_MILLIS));
                }
            }
            return this;
        }

        private void pressByInfo(char key) {
            int cseq = 10 + ++infoCount;
            xml.append("""

                      <send retrans="500"><![CDATA[

                          INFO [$contact] SIP/2.0
                          Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                          From: <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
                          To: <sip:[office]@[remote_ip]:[remote_port]>[peer_tag_param]
                          Call-ID: [call_id]
                          CSeq: %d INFO
                          Max-Forwards: 70
                          Content-Type: application/dtmf-relay
                          Content-Length: [len]

                          Signal=%c
                          Duration=160

                      ]]></send>
                      <recv response="200"/>
                      <pause milliseconds="%d"/>""".formatted(cseq, key, CAPTURE_MILLIS));
        }

        boolean isEmpty() {
            return xml.isEmpty();
        }

        String xml() {
            return xml.toString();
        }
    }
}
