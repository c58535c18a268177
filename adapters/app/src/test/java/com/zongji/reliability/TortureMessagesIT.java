package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import com.zongji.support.EngineIT;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The RFC 4475 torture messages (src/test/resources/rfc4475, see its README) sent to the running node, each
 * over the transport its topmost Via names (TCP for TCP and TLS): a valid request gets the answer its method
 * and target deserve, an invalid one a 4xx/5xx naming the fault or nothing where the RFC lets a stack drop
 * it; responses with no transaction are ignored. Then the node still answers OPTIONS and holds no call.
 */
class TortureMessagesIT extends EngineIT {

    private static final Logger log = LoggerFactory.getLogger(TortureMessagesIT.class);
    private static final Set<Integer> IGNORED = Set.of();
    private static final Pattern TOP_VIA = Pattern.compile(
            "(?im)^(?:via|v)[ \\t]*:[\\s]*SIP[\\s]*/[\\s]*[\\d.]+[\\s]*/[\\s]*(\\w+)[\\s]+([^;,\\s]+)");

    /** The end of a header: a line break not followed by folding whitespace. */
    private static final Pattern HEADER_END = Pattern.compile("\\r\\n(?![ \\t])");
    private static final Pattern BRANCH = Pattern.compile("(branch[\\s]*=[\\s]*[^;,\\s]+)");
    private static final AtomicInteger BRANCHES = new AtomicInteger();

    /** What each message may get; an empty set: no answer at all. */
    private static final Map<String, Set<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        // 3.1.1 valid messages
        EXPECTED.put("wsinv", Set.of(481));          // INVITE with a To tag and no such dialog
        EXPECTED.put("intmeth", Set.of(501));        // unknown method
        EXPECTED.put("esc01", Set.of(404));          // nobody served by that user part
        EXPECTED.put("escnull", Set.of(405));        // REGISTER: the engine is no registrar
        EXPECTED.put("esc02", Set.of(501));          // RE%47IST%45R is not REGISTER
        EXPECTED.put("lwsdisp", Set.of(200));
        EXPECTED.put("longreq", Set.of(404));
        EXPECTED.put("dblreq", Set.of(405));         // the REGISTER; the INVITE after it is noise
        EXPECTED.put("semiuri", Set.of(200));
        EXPECTED.put("transports", Set.of(200));
        EXPECTED.put("mpart01", Set.of(405));        // MESSAGE
        EXPECTED.put("unreason", IGNORED);           // responses matching no transaction
        EXPECTED.put("noreason", IGNORED);
        // 3.1.2 invalid messages
        // No Via that parses, so no address to answer to (RFC 3261 section 18.2.2): dropped.
        EXPECTED.put("badinv01", IGNORED);
        EXPECTED.put("clerr", Set.of(400));
        EXPECTED.put("ncl", Set.of(400));
        EXPECTED.put("scalar02", Set.of(400));
        EXPECTED.put("scalarlg", IGNORED);
        EXPECTED.put("quotbal", Set.of(400));
        EXPECTED.put("ltgtruri", Set.of(400));
        EXPECTED.put("lwsruri", Set.of(400));
        EXPECTED.put("lwsstart", Set.of(400, 404));  // rejecting or reading past the extra spaces
        EXPECTED.put("trws", Set.of(400, 200));
        EXPECTED.put("escruri", Set.of(400, 404));
        EXPECTED.put("baddate", Set.of(400, 404));   // the Date is not read
        EXPECTED.put("regbadct", Set.of(400, 405));
        EXPECTED.put("badaspec", Set.of(400, 200));
        EXPECTED.put("baddn", Set.of(400, 200));    // rejecting, or inferring the quotes
        EXPECTED.put("badvers", Set.of(505));
        EXPECTED.put("mismatch01", Set.of(400));
        EXPECTED.put("mismatch02", Set.of(501, 400));
        EXPECTED.put("bigcode", IGNORED);
        // 3.2 transaction layer, 3.3 application layer, 3.4 backward compatibility
        EXPECTED.put("badbranch", Set.of(200, 400));
        EXPECTED.put("insuf", Set.of(400));
        EXPECTED.put("unkscm", Set.of(416));
        EXPECTED.put("novelsc", Set.of(416));
        EXPECTED.put("unksm2", Set.of(400, 405, 416));
        EXPECTED.put("bext01", Set.of(420));
        EXPECTED.put("invut", Set.of(415, 404));
        EXPECTED.put("regaut01", Set.of(405));
        EXPECTED.put("multi01", Set.of(400));
        EXPECTED.put("mcl01", Set.of(400));
        EXPECTED.put("bcast", IGNORED);
        EXPECTED.put("zeromf", Set.of(200, 483));
        EXPECTED.put("cparam01", Set.of(405));
        EXPECTED.put("cparam02", Set.of(405));
        EXPECTED.put("regescrt", Set.of(405, 400));
        EXPECTED.put("sdp01", Set.of(404, 406));
        EXPECTED.put("inv2543", Set.of(404));
    }

    @Autowired
    LiveCalls liveCalls;

    @Autowired
    CallRecordRepository records;

    @Test
    void everyTortureMessageGetsWhatTheRfcSaysAndLeavesTheNodeWhole() throws Exception {
        CallLeaks leaks = new CallLeaks(liveCalls, records);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (var expected : EXPECTED.entrySet()) {
            // A socket each: retransmissions of one message's answer must not pass for the next one's.
            try (SipWire wire = new SipWire(loopback, loopback, SIP_PORT)) {
                List<SipWire.Response> answers = send(wire, fixture(expected.getKey()), expected.getValue().isEmpty());
                List<Integer> finals = answers.stream().filter(SipWire.Response::isFinal)
                        .map(SipWire.Response::status).toList();
                boolean right = expected.getValue().isEmpty() ? answers.isEmpty()
                        : finals.size() == 1 && expected.getValue().contains(finals.get(0));
                log.info("RFC 4475 {}: {}", expected.getKey(), answers);
                if (!right) {
                    wrong.put(expected.getKey(), "expected " + expected.getValue() + ", got " + answers);
                }
            }
        }
        assertThat(wrong).as("messages answered otherwise than expected").isEmpty();
        try (SipWire wire = new SipWire(loopback, loopback, SIP_PORT)) {
            assertThat(wire.finalAnswerTo(wire.options(), Duration.ofSeconds(5))).extracting(SipWire.Response::status)
                    .isEqualTo(200);
        }
        leaks.assertNoneLeft(Duration.ofSeconds(40));
    }

    /**
     * clerr and ncl also over TCP, where a stream cannot be framed past them: no answer or a 4xx (a 482 when
     * the same call's UDP copy is still in its transaction), and the node lives on.
     */
    @Test
    void brokenFramingOverTcpCostsOnlyThatConnection() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (SipWire wire = new SipWire(loopback, loopback, SIP_PORT)) {
            for (String name : List.of("clerr", "ncl")) {
                byte[] message = pointTopVia(fixture(name), "TCP", 0);
                assertThat(wire.exchangeTcp(message, Duration.ofSeconds(2))).extracting(SipWire.Response::status)
                        .as(name).allMatch(status -> status >= 400 && status < 500);
            }
            assertThat(wire.finalAnswerTo(wire.options(), Duration.ofSeconds(5))).extracting(SipWire.Response::status)
                    .isEqualTo(200);
        }
    }

    private static List<SipWire.Response> send(SipWire wire, byte[] message, boolean noAnswerExpected)
            throws IOException {
        Duration wait = Duration.ofMillis(noAnswerExpected ? 700 : 3000);
        String transport = topViaTransport(message);
        if ("TCP".equals(transport) || "TLS".equals(transport)) {
            return wire.exchangeTcp(pointTopVia(message, "TCP", 0), wait);
        }
        return wire.exchange(pointTopVia(message, "UDP", wire.localPort()), wait);
    }

    /**
     * The one change made to any message, to its topmost Via: it names this test's socket (transport,
     * 127.0.0.1 and port), so that the answer comes back here rather than to 192.0.2.x or example.com; and its
     * branch gets a unique suffix. Fourteen of the messages share the branch z9hG4bKkdjuw, and JAIN-SIP finds
     * a server transaction by branch alone: sent within 32 s of each other, all but the first would be taken
     * for retransmissions.
     */
    static byte[] pointTopVia(byte[] message, String transport, int port) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        Matcher via = TOP_VIA.matcher(text);
        if (!via.find()) {
            return message;
        }
        String sentBy = port == 0 ? "127.0.0.1" : "127.0.0.1:" + port;
        Matcher headerEnd = HEADER_END.matcher(text);
        int end = headerEnd.find(via.end(2)) ? headerEnd.start() : text.length();
        String rest = BRANCH.matcher(text.substring(via.end(2), end))
                .replaceFirst("$1" + Matcher.quoteReplacement("." + BRANCHES.incrementAndGet()));
        String pointed = text.substring(0, via.start(1)) + transport + text.substring(via.end(1), via.start(2))
                + sentBy + rest + text.substring(end);
        return pointed.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String topViaTransport(byte[] message) {
        Matcher via = TOP_VIA.matcher(new String(message, StandardCharsets.ISO_8859_1));
        return via.find() ? via.group(1).toUpperCase() : "UDP";
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = TortureMessagesIT.class.getResourceAsStream("/rfc4475/" + name + ".dat")) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
