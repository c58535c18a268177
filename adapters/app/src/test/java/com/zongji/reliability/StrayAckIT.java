package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zongji.support.EngineIT;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * ACKs that match nothing and whose Via has no branch (the fuzzer's acknowledgements of INVITEs it had mangled)
 * are dropped quietly: the stack used to log a NullPointerException with the whole datagram for each.
 */
class StrayAckIT extends EngineIT {

    private static final int ACKS = 20;

    private final Logger stackLog = (Logger) LoggerFactory.getLogger("gov.nist.javax.sip");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        stackLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        stackLog.detachAppender(logged);
    }

    @Test
    void anAckWithoutABranchMatchingNothingLeavesNoErrorAndTheNodeAnswers() throws Exception {
        InetAddress engine = InetAddress.getLoopbackAddress();
        try (SipWire peer = new SipWire(engine, engine, SIP_PORT)) {
            for (int i = 0; i < ACKS; i++) {
                peer.send(strayAck(peer, i));
            }
            assertThat(peer.finalAnswerTo(peer.options(), Duration.ofSeconds(10)))
                    .extracting(SipWire.Response::status).isEqualTo(200);
        }
        // The ACKs are worked off in the stack's pool meanwhile: the log has to stay free of errors for a while.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                        .extracting(event -> event.getFormattedMessage().substring(0,
                                Math.min(200, event.getFormattedMessage().length())))
                        .isEmpty());
    }

    private static byte[] strayAck(SipWire peer, int i) {
        String local = peer.localAddress();
        String target = "sip:" + SipFuzzer.SERVED_NUMBER + "@127.0.0.1";
        String text = "ACK " + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + local + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:13800138000@" + local + ">;tag=stray" + i + "\r\n"
                + "To: <" + target + ">\r\n"
                + "Call-ID: stray-ack-" + i + "-" + System.nanoTime() + "@" + local + "\r\n"
                + "CSeq: 1 ACK\r\n"
                + "Content-Length: 0\r\n\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
