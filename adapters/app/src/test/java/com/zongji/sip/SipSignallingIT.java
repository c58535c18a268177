package com.zongji.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.sip.Sipp.Transport;
import com.zongji.support.EngineIT;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The engine's SIP port, driven by sipp as a carrier trunk or a phone would drive it. */
@ExtendWith(OutputCaptureExtension.class)
class SipSignallingIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void optionsOverUdpIsAnswered() throws Exception {
        assertCallSucceeds(Sipp.run("options", Transport.UDP, SIP_PORT));
    }

    @Test
    void optionsOverTcpIsAnswered() throws Exception {
        assertCallSucceeds(Sipp.run("options", Transport.TCP, SIP_PORT));
    }

    @Test
    void inviteToAnUnknownNumberIsNotFound() throws Exception {
        assertCallSucceeds(Sipp.run("invite-unknown-number", Transport.UDP, SIP_PORT));
    }

    /** 02787654321 is the demo enterprise's office number: answered with SDP, and the call is on record. */
    @Test
    void inviteToAServedNumberIsAnsweredAndRecorded() throws Exception {
        assertCallSucceeds(Sipp.run("invite-served-number", Transport.UDP, SIP_PORT));

        JsonNode calls = http.withBasicAuth("admin", "admin").getForObject("/api/calls", JsonNode.class);
        assertThat(calls).as("%s", calls).anySatisfy(call -> {
            assertThat(call.get("direction").asText()).isEqualTo("INBOUND");
            assertThat(call.get("callerNumber").asText()).isEqualTo("13800138000");
            assertThat(call.get("officeNumber").asText()).isEqualTo("02787654321");
            assertThat(call.get("answeredAt").isNull()).as("not connected to anyone").isTrue();
        });
    }

    @Test
    void aMalformedInviteIsABadRequest() throws Exception {
        assertCallSucceeds(Sipp.run("malformed", Transport.UDP, SIP_PORT));
        assertCallSucceeds(Sipp.run("malformed", Transport.TCP, SIP_PORT));
    }

    /** Junk is dropped at debug level: at the default level the SIP loggers say nothing about it. */
    @Test
    void randomDatagramsLeaveItAnsweringAndTheLogQuiet(CapturedOutput log) throws Exception {
        int logBefore = log.getAll().length();

        sendRandomDatagrams(10_000);

        assertCallSucceeds(Sipp.run("options", Transport.UDP, SIP_PORT));
        assertThat(log.getAll().substring(logBefore).lines())
                .noneMatch(line -> line.contains("gov.nist") || line.contains("adapters.sip")
                        || line.startsWith("Exception in thread"));
    }

    /** Sizes 1 to 1500 bytes; every fourth starts like an INVITE so that it gets past the first line. */
    private static void sendRandomDatagrams(int count) throws IOException, InterruptedException {
        Random random = new Random(20_240_601);
        byte[] invite = "INVITE sip:".getBytes(StandardCharsets.US_ASCII);
        InetAddress engine = InetAddress.getLoopbackAddress();
        try (DatagramSocket socket = new DatagramSocket(0, engine)) {
            for (int i = 0; i < count; i++) {
                byte[] junk = new byte[1 + random.nextInt(1500)];
                random.nextBytes(junk);
                if (i % 4 == 0) {
                    System.arraycopy(invite, 0, junk, 0, Math.min(invite.length, junk.length));
                }
                socket.send(new DatagramPacket(junk, junk.length, engine, SIP_PORT));
                if (i % 100 == 0) {
                    Thread.sleep(2); // lets the engine read rather than the kernel drop most of them
                }
            }
        }
    }

    private static void assertCallSucceeds(Sipp.Result sipp) {
        assertThat(sipp.exitCode()).as(sipp.output()).isZero();
        assertThat(sipp.successfulCalls()).as(sipp.output()).isEqualTo(1);
    }
}
