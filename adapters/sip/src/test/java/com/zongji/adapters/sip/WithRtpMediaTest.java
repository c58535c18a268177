package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zongji.adapters.sip.media.RtpMediaSessions;
import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.LegRef;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signalling with the real RTP sessions: the SDP they write goes out, keys sent as INFO are collected. */
class WithRtpMediaTest {

    private static final LegRef CALLER = new LegRef(11, LegRef.CALLER);
    private static final String CALLER_SDP = FakeMediaSession.sdp("caller");

    private final RtpMediaSessions rtp = new RtpMediaSessions("127.0.0.1", 31000, 31100, text -> Optional.empty());
    private final TestNode node = new TestNode(rtp);
    private final SipPeer peer = node.peer;

    @AfterEach
    void stop() {
        node.close();
        rtp.close();
    }

    @Test
    void theInviteOffersTheSessionsAddressAndCodecs() {
        node.telephony.dial(new LegRef(11, LegRef.A), new Dialling("13800138000", "02787654321", Duration.ofSeconds(5)));

        String offer = new String(peer.request("INVITE").getRawContent());

        assertThat(offer).contains("c=IN IP4 127.0.0.1").containsPattern("m=audio 310\\d\\d RTP/AVP 0 8 101");
    }

    @Test
    void aKeySentAsInfoIsCollected() {
        node.signals.admission = offer -> InboundAdmission.admitted(CALLER);
        String from = "<sip:13800138000@127.0.0.1>;tag=caller";
        String to = "<sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1>";
        String callId = "rtp-" + System.nanoTime();
        peer.send(peer.request("INVITE", "sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1:" + node.port, from, to, callId,
                1, SipPeer.branch(), "application/sdp", CALLER_SDP));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));
        node.telephony.answer(CALLER);
        SIPResponse ok = peer.response(200);
        assertThat(new String(ok.getRawContent())).containsPattern("m=audio 310\\d\\d RTP/AVP 0");
        String engine = ok.getContactHeader().getAddress().getURI().toString();
        String dialogTo = to + ";tag=" + ok.getTo().getTag();
        peer.send(peer.request("ACK", engine, from, dialogTo, callId, 1, SipPeer.branch(), null, null));

        peer.send(peer.request("INFO", engine, from, dialogTo, callId, 2, SipPeer.branch(),
                "application/dtmf-relay", "Signal=7\r\nDuration=160\r\n"));
        peer.response(200);
        node.telephony.collectDigits(CALLER,
                new DigitCollection(1, Duration.ofSeconds(2), Duration.ofSeconds(2), "#", ""));

        await().atMost(Duration.ofSeconds(5)).until(() -> node.signals.events.contains("digitsCollected 11/CALLER 7"));
        peer.send(peer.request("BYE", engine, from, dialogTo, callId, 3, SipPeer.branch(), null, null));
        assertThat(peer.response(200).getCSeq().getMethod()).isEqualTo("BYE");
        await().atMost(Duration.ofSeconds(5)).until(() -> node.signals.events.contains("hungUp 11/CALLER"));
    }
}
