package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An ACK without a Via branch that matches nothing is dropped quietly; the stack used to log an NPE for it. */
class StrayAckValveTest {

    @RegisterExtension
    final StackLog logged = new StackLog();

    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aBranchlessAckMatchingNothingLeavesNoErrorAndTheNodeStillAnswers() {
        String target = "sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1:" + node.port;
        for (int i = 0; i < 5; i++) {
            node.peer.send("ACK " + target + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + node.peer.port() + ";rport\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:13800138000@127.0.0.1>;tag=stray" + i + "\r\n"
                    + "To: <" + target + ">\r\n"
                    + "Call-ID: stray-" + i + "-" + System.nanoTime() + "@127.0.0.1\r\n"
                    + "CSeq: 1 ACK\r\n"
                    + "Content-Length: 0\r\n\r\n");
        }
        node.peer.send("OPTIONS " + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + node.peer.port() + ";branch=" + SipPeer.branch() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:13800138000@127.0.0.1>;tag=probe\r\n"
                + "To: <" + target + ">\r\n"
                + "Call-ID: probe-" + System.nanoTime() + "@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n");

        node.peer.response(200);
        // The stack's pool may still be on the ACKs: the log has to stay free of errors for a while.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(logged.events()).isEmpty());
    }
}
