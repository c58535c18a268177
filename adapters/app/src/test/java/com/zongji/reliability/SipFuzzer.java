package com.zongji.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded mutation fuzzer over valid INVITEs: byte flips, deleted and repeated header lines, truncation,
 * huge values, wrong Content-Lengths and broken SDP, one to three at a time, sent over UDP at a steady pace.
 * Every answer is acknowledged (and an answered call hung up) by {@link SipWire}. The same seed sends the same
 * messages. Runs inside an IT and standalone ({@code bench/sip-fuzz/run.sh}):
 * {@code java -cp <test-classes> com.zongji.reliability.SipFuzzer <host> <port> <messages> [seed]}.
 */
public final class SipFuzzer {

    static final String SERVED_NUMBER = "02787654321";
    private static final int MAX_DATAGRAM = 65_000;

    private final InetAddress engine;
    private final int port;
    private final Random random;
    private static final Pattern CALL_ID = Pattern.compile("(?im)^(?:Call-ID|i)[ \\t]*:[ \\t]*(.*?)\\r?$");
    /** The latest messages sent, for showing what provoked an error (answers come within milliseconds). */
    private final Map<String, String> sentByCallId = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 2_000;
        }
    };

    public SipFuzzer(InetAddress engine, int port, long seed) {
        this.engine = engine;
        this.port = port;
        this.random = new Random(seed);
    }

    /** What a run sent and got back. {@code serverErrors}: 500 answers, the engine failing on its input. */
    public record Report(int sent, Map<String, Integer> mutations, Map<Integer, Integer> answers, int serverErrors,
            boolean optionsAnsweredAfter, Duration took) {

        public boolean passed() {
            return serverErrors == 0 && optionsAnsweredAfter;
        }

        @Override
        public String toString() {
            return "sent " + sent + " mutated INVITEs in " + took.toMillis() + " ms; mutations " + mutations
                    + "; final answers by status " + answers + "; 500 Server Internal Error: " + serverErrors
                    + "; OPTIONS answered afterwards: " + optionsAnsweredAfter;
        }
    }

    private record Mutation(String name, BiFunction<String, Random, String> apply) {
    }

    private final List<Mutation> mutations = List.of(
            new Mutation("byte-flip", SipFuzzer::flipBytes),
            new Mutation("header-delete", SipFuzzer::deleteHeader),
            new Mutation("header-repeat", SipFuzzer::repeatHeader),
            new Mutation("truncate", (text, r) -> text.isEmpty() ? text : text.substring(0, r.nextInt(text.length()))),
            new Mutation("huge-value", SipFuzzer::hugeValue),
            new Mutation("content-length", SipFuzzer::badContentLength),
            new Mutation("broken-sdp", SipFuzzer::brokenSdp));

    public Report run(int count) throws IOException {
        long started = System.nanoTime();
        Map<String, Integer> applied = new TreeMap<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        int serverErrors = 0;
        try (SipWire wire = new SipWire(InetAddress.getLoopbackAddress().equals(engine)
                ? InetAddress.getLoopbackAddress() : InetAddress.getByName("0.0.0.0"), engine, port)) {
            for (int i = 0; i < count; i++) {
                String message = base(wire, i);
                int times = 1 + random.nextInt(3);
                for (int m = 0; m < times; m++) {
                    Mutation mutation = mutations.get(random.nextInt(mutations.size()));
                    message = mutation.apply().apply(message, random);
                    applied.merge(mutation.name(), 1, Integer::sum);
                }
                byte[] datagram = message.getBytes(StandardCharsets.ISO_8859_1);
                // What fits in one UDP datagram; a longer message is a truncated one.
                wire.send(Arrays.copyOf(datagram, Math.min(datagram.length, MAX_DATAGRAM)));
                sentByCallId.put(callId(message), message);
                serverErrors += drain(wire, answers, 2);
            }
            serverErrors += drain(wire, answers, 3000);
            // Alive = answers OPTIONS once it has worked off the burst's calls: a few tries, 5 s each, on a busy box.
            boolean alive = false;
            for (int probe = 0; probe < 6 && !alive; probe++) {
                SipWire.Response answer = wire.finalAnswerTo(wire.options(), Duration.ofSeconds(5));
                alive = answer != null && answer.status() == 200;
            }
            return new Report(count, applied, answers, serverErrors, alive,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Reads what has come within {@code millis} of quiet; returns the 500s among it, printing what caused them. */
    private int drain(SipWire wire, Map<Integer, Integer> answers, int millis) throws IOException {
        int errors = 0;
        for (SipWire.Response response = wire.receive(millis); response != null; response = wire.receive(millis)) {
            if (response.isFinal()) {
                answers.merge(response.status(), 1, Integer::sum);
                if (response.status() == 500) {
                    errors++;
                    System.err.println("500 to:\n" + sentByCallId.get(response.header("Call-ID", "i")));
                }
            }
        }
        return errors;
    }

    private static String callId(String message) {
        Matcher callId = CALL_ID.matcher(message);
        return callId.find() ? callId.group(1) : "";
    }

    /** A valid INVITE: to the served office number with an offer, to an unknown number, or by tel URI without one. */
    private String base(SipWire wire, int i) {
        String local = wire.localAddress();
        String target = switch (random.nextInt(4)) {
            case 0 -> "sip:" + SERVED_NUMBER + "@" + engine.getHostAddress() + ":" + port;
            case 1 -> "tel:" + SERVED_NUMBER;
            default -> "sip:0270000" + (1000 + random.nextInt(9000)) + "@" + engine.getHostAddress() + ":" + port;
        };
        boolean withOffer = !target.startsWith("tel:");
        String sdp = withOffer ? """
                v=0\r
                o=fuzz 1 1 IN IP4 127.0.0.1\r
                s=-\r
                c=IN IP4 127.0.0.1\r
                t=0 0\r
                m=audio 39000 RTP/AVP 0 8 101\r
                a=rtpmap:0 PCMU/8000\r
                a=rtpmap:8 PCMA/8000\r
                a=rtpmap:101 telephone-event/8000\r
                a=sendrecv\r
                """ : "";
        String tag = "fz" + i + "x" + random.nextInt(1_000_000);
        return "INVITE " + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + local + ";rport;branch=z9hG4bKfuzz" + System.nanoTime() + "." + i + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: \"Fuzz\" <sip:13800138000@" + local + ">;tag=" + tag + "\r\n"
                + "To: <" + target + ">\r\n"
                + "Call-ID: fuzz-" + i + "-" + random.nextLong() + "@" + local + "\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:13800138000@" + local + ">\r\n"
                + "P-Asserted-Identity: <sip:13800138000@" + local + ">\r\n"
                + "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO\r\n"
                + (withOffer ? "Content-Type: application/sdp\r\n" : "")
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
    }

    private static String flipBytes(String text, Random random) {
        char[] chars = text.toCharArray();
        if (chars.length == 0) {
            return text;
        }
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            int at = random.nextInt(chars.length);
            chars[at] = random.nextBoolean() ? (char) (chars[at] ^ (1 << random.nextInt(8))) : (char) random.nextInt(256);
        }
        return new String(chars);
    }

    private static String deleteHeader(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        int headers = headerCount(lines);
        if (headers > 1) {
            lines.remove(1 + random.nextInt(headers - 1));
        }
        return String.join("\r\n", lines);
    }

    private static String repeatHeader(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        int headers = headerCount(lines);
        if (headers > 1) {
            int at = 1 + random.nextInt(headers - 1);
            String line = lines.get(at);
            for (int n = random.nextInt(3) == 0 ? 50 : 1; n > 0; n--) {
                lines.add(at, line);
            }
        }
        return String.join("\r\n", lines);
    }

    /** Lines before the blank line, the request line included. */
    private static int headerCount(List<String> lines) {
        int blank = lines.indexOf("");
        return blank < 0 ? lines.size() : blank;
    }

    private static String hugeValue(String text, Random random) {
        int size = List.of(300, 5_000, 20_000, 60_000).get(random.nextInt(4));
        char filler = "A9%;<\"@ ".charAt(random.nextInt(8));
        String huge = String.valueOf(filler).repeat(size);
        int blank = text.indexOf("\r\n\r\n");
        int at = random.nextInt(Math.max(1, blank < 0 ? text.length() : blank));
        at = Math.min(at, text.length());
        return text.substring(0, at) + huge + text.substring(at);
    }

    private static String badContentLength(String text, Random random) {
        String value = List.of("-1", "-999", "0", "1", "99999", "4294967296", "99999999999999999999", "five", "",
                "12 34", "0x20").get(random.nextInt(11));
        return text.replaceFirst("(?m)^Content-Length: .*\r$", "Content-Length: " + value + "\r");
    }

    private static String brokenSdp(String text, Random random) {
        int blank = text.indexOf("\r\n\r\n");
        if (blank < 0) {
            return text;
        }
        String head = text.substring(0, blank + 4);
        String sdp = text.substring(blank + 4);
        String broken = switch (random.nextInt(8)) {
            case 0 -> sdp.replaceFirst("c=IN IP4 [^\r]*", "c=IN IP4 999.1.1");
            case 1 -> sdp.replaceFirst("m=audio \\d+", "m=audio 99999999");
            case 2 -> sdp.replaceFirst("RTP/AVP [^\r]*", "RTP/AVP " + "x ".repeat(1 + random.nextInt(200)));
            case 3 -> sdp.replaceAll("a=rtpmap[^\r]*\r\n", "");
            case 4 -> sdp.replaceFirst("c=[^\r]*\r\n", "");
            case 5 -> sdp.replaceFirst("m=audio", "m=video");
            case 6 -> sdp + "m=audio 1 RTP/AVP 0\r\n".repeat(1 + random.nextInt(100));
            default -> "v=0\r\n" + "\u00ff\u0000junk\r\n".repeat(1 + random.nextInt(20));
        };
        // The declared length follows the new body, so that the SDP and not the framing is what is broken.
        return head.replaceFirst("(?m)^Content-Length: \\d+\r$", "Content-Length: " + broken.length() + "\r")
                + broken;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SipFuzzer <engine host> <SIP port> <messages> [seed]");
            System.exit(2);
        }
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.currentTimeMillis();
        System.out.println("seed " + seed);
        Report report = new SipFuzzer(InetAddress.getByName(args[0]), Integer.parseInt(args[1]), seed)
                .run(Integer.parseInt(args[2]));
        System.out.println(report);
        System.exit(report.passed() ? 0 : 1);
    }
}
