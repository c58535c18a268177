package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.Prompt;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls from outside to a served office number, the caller (through the trunk) being a raw UDP peer. */
class TakingCallsTest {

    private static final LegRef CALLER = new LegRef(9, LegRef.CALLER);
    private static final String CALLER_SDP = FakeMediaSession.sdp("caller");
    private static final String OFFERED = "inboundCall 02787654321 from 13800138000";
    private static final String HELD = "ringing 9/CALLER";

    private final TestNode node = new TestNode();
    private final SipPeer caller = node.peer;
    private final String callId = "inbound-" + System.nanoTime() + "@127.0.0.1";
    private final String inviteBranch = SipPeer.branch();
    private final String from = "<sip:13800138000@127.0.0.1>;tag=caller";
    private final String to = "<sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1>";
    private int cseq = 1;

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void theEngineIsAskedWhoCallsWhichNumberAfterTrying() {
        caller.send(invite(CALLER_SDP, "P-Asserted-Identity: <sip:13900139000@carrier.example>"));

        caller.response(100);
        node.reported("inboundCall 02787654321 from 13900139000");
    }

    @Test
    void withoutAnAssertedIdentityTheCallerIsTheFromUser() {
        caller.send(invite(CALLER_SDP));

        caller.response(100);
        node.reported(OFFERED);
    }

    @Test
    void aRefusedCallGetsTheEnginesStatusAndReason() {
        node.signals.admission = offer -> InboundAdmission.refused(503, "Overloaded");

        caller.send(invite(CALLER_SDP));

        SIPResponse refusal = caller.response(503);
        assertThat(refusal.getReasonPhrase()).isEqualTo("Overloaded");
        assertThat(refusal.getTo().getTag()).isNotBlank();
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    @Test
    void anAdmittedCallWaitsForTheAnswerThenGetsTheSessionsSdp() {
        admit();

        caller.send(invite(CALLER_SDP));
        caller.response(100);
        assertThat(caller.response(180).getTo().getTag()).isNotBlank();
        node.reported(OFFERED, HELD);
        assertThat(node.b2bua.liveLegs()).containsExactly(CALLER);
        assertThat(caller.drain(Duration.ofMillis(300))).isEmpty();
        node.telephony.answer(CALLER);

        SIPResponse ok = caller.response(200);
        assertThat(new String(ok.getRawContent())).isEqualTo(FakeMediaSession.ANSWER);
        assertThat(ok.getContactHeader().getAddress().getURI()).hasToString("sip:127.0.0.1:" + node.port);
        assertThat(node.media.last().remoteSdp).isEqualTo(CALLER_SDP);
        caller.send(ack(ok, null));
        node.reported(OFFERED, HELD);
    }

    @Test
    void anInviteWithoutSdpGetsOurOfferAndTheAckBringsTheAnswer() {
        admit();
        caller.send(invite(null));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));
        node.telephony.answer(CALLER);

        SIPResponse ok = caller.response(200);
        assertThat(new String(ok.getRawContent())).isEqualTo(FakeMediaSession.OFFER);
        caller.send(ack(ok, CALLER_SDP));

        await().atMost(Duration.ofSeconds(5)).until(() -> CALLER_SDP.equals(node.media.last().remoteSdp));
    }

    /** An offer we cannot answer is the caller's fault, not the node's: 488, not 503. */
    @Test
    void anOfferWithoutAudioIsNotAcceptableHereAndEndsTheCall() {
        admit();
        caller.send(invite(CALLER_SDP.replace("m=audio", "m=video")));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));

        node.telephony.answer(CALLER);

        SIPResponse refusal = caller.response(488);
        assertThat(refusal.getHeader("Warning")).hasToString(
                "Warning: 305 127.0.0.1 \"SDP has no audio stream\"\r\n");
        node.reported(OFFERED, HELD, "hungUp 9/CALLER");
        assertThat(node.b2bua.liveLegs()).isEmpty();
        assertThat(node.media.last().closed).isTrue();
    }

    /** RFC 4475-style fuzzing found it: the call stayed up with no media to speak of. */
    @Test
    void anAckOwingTheAnswerAndBringingNoneEndsTheCall() {
        admit();
        caller.send(invite(null));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));
        node.telephony.answer(CALLER);
        SIPResponse ok = caller.response(200);

        caller.send(ack(ok, null));

        caller.request("BYE");
        node.reported(OFFERED, HELD, "hungUp 9/CALLER");
        assertThat(node.b2bua.liveLegs()).isEmpty();
        assertThat(node.media.last().closed).isTrue();
    }

    /** The flow the engine starts may answer before inboundCall has even returned the leg's name. */
    @Test
    void anAnswerGivenWhileTheEngineDecidesIsNotLost() {
        node.signals.admission = offer -> {
            node.telephony.answer(CALLER);
            node.telephony.play(CALLER, Prompt.recorded("ivr-menu"));
            return InboundAdmission.admitted(CALLER);
        };

        caller.send(invite(CALLER_SDP));

        caller.response(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> node.media.sessions.size() == 1 && node.media.last().calls.contains("play ivr-menu"));
    }

    @Test
    void theCallerGivingUpBeforeTheAnswerIsCancelledAndReported() {
        admit();
        caller.send(invite(CALLER_SDP));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));

        caller.send(caller.request("CANCEL", "sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1:" + node.port, from, to,
                callId, 1, inviteBranch, null, null));

        assertThat(caller.response(200).getCSeq().getMethod()).isEqualTo("CANCEL");
        SIPResponse terminated = caller.response(487);
        assertThat(terminated.getCSeq().getMethod()).isEqualTo("INVITE");
        caller.send(caller.request("ACK", "sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1:" + node.port, from,
                to + ";tag=" + terminated.getTo().getTag(), callId, 1, inviteBranch, null, null));
        node.reported(OFFERED, HELD, "hungUp 9/CALLER");
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    @Test
    void hangingUpAnUnansweredCallRefusesItWithTemporarilyUnavailable() {
        admit();
        caller.send(invite(CALLER_SDP));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));

        node.telephony.hangUp(CALLER);

        caller.response(480);
        node.reported(OFFERED, HELD);
    }

    @Test
    void keysSentAsInfoReachTheMediaSession() {
        SIPResponse ok = connected();

        caller.send(inDialog("INFO", ok, "application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"));
        assertThat(caller.response(200).getCSeq().getMethod()).isEqualTo("INFO");
        caller.send(inDialog("INFO", ok, "application/dtmf", "#"));
        caller.response(200);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(node.media.last().keys).containsExactly('5', '#'));
    }

    @Test
    void anInfoOfAnotherKindIsUnsupported() {
        SIPResponse ok = connected();

        caller.send(inDialog("INFO", ok, "application/media_control+xml", "<media_control/>"));

        caller.response(415);
        assertThat(node.media.last().keys).isEmpty();
    }

    @Test
    void aReInviteIsAnsweredWithTheSameSdp() {
        SIPResponse ok = connected();

        caller.send(inDialog("INVITE", ok, "application/sdp", CALLER_SDP));

        SIPResponse reAnswer = caller.response(200);
        assertThat(reAnswer.getCSeq().getSeqNumber()).isEqualTo(cseq);
        assertThat(new String(reAnswer.getRawContent())).isEqualTo(FakeMediaSession.ANSWER);
    }

    @Test
    void theCallerHangingUpIsReportedAndEndsTheMedia() {
        SIPResponse ok = connected();

        caller.send(inDialog("BYE", ok, null, null));

        caller.response(200);
        node.reported(OFFERED, HELD, "hungUp 9/CALLER");
        assertThat(node.media.last().closed).isTrue();
    }

    @Test
    void promptsAndCollectedDigitsAreReportedWhileTheLegLives() {
        connected();
        node.telephony.play(CALLER, Prompt.recorded("ivr-menu"));
        node.telephony.collectDigits(CALLER,
                new DigitCollection(4, Duration.ofSeconds(5), Duration.ofSeconds(3), "#", "0"));
        FakeMediaSession media = node.media.last();
        await().atMost(Duration.ofSeconds(5)).until(() -> media.digitsCollected != null);

        media.promptFinished.run();
        media.digitsCollected.accept("801");
        node.reported(OFFERED, HELD, "promptFinished 9/CALLER ivr-menu", "digitsCollected 9/CALLER 801");

        node.telephony.hangUp(CALLER);
        caller.request("BYE");
        media.promptFinished.run();
        node.reported(OFFERED, HELD, "promptFinished 9/CALLER ivr-menu", "digitsCollected 9/CALLER 801");
        assertThat(media.closed).isTrue();
    }

    @Test
    void aCallerIsBridgedToAnAnsweredLegPlacedForIt() {
        connected();
        FakeMediaSession callerMedia = node.media.last();
        LegRef ring = LegRef.ring(9, 1);
        node.telephony.dial(ring, new Dialling("13700137000", "13800138000",
                Duration.ofSeconds(30)));
        SIPRequest invite = caller.request("INVITE");
        caller.respond(invite, 200, "employee", CALLER_SDP);
        caller.request("ACK");
        await().atMost(Duration.ofSeconds(5)).until(() -> node.signals.events.contains("answered 9/RING-1"));

        node.telephony.bridge(CALLER, ring);

        await().atMost(Duration.ofSeconds(5)).until(() -> callerMedia.bridgedWith == node.media.last());
    }

    private void admit() {
        node.signals.admission = offer -> InboundAdmission.admitted(CALLER);
    }

    /** Admitted, answered and acknowledged; returns our 200 OK. */
    private SIPResponse connected() {
        admit();
        caller.send(invite(CALLER_SDP));
        await().atMost(Duration.ofSeconds(5)).until(() -> node.b2bua.liveLegs().contains(CALLER));
        node.telephony.answer(CALLER);
        SIPResponse ok = caller.response(200);
        caller.send(ack(ok, null));
        return ok;
    }

    private String invite(String sdp, String... headers) {
        return caller.request("INVITE", "sip:" + TestNode.OFFICE_NUMBER + "@127.0.0.1:" + node.port, from, to, callId,
                1, inviteBranch, sdp == null ? null : "application/sdp", sdp, headers);
    }

    private String ack(SIPResponse ok, String sdp) {
        return caller.request("ACK", ok.getContactHeader().getAddress().getURI().toString(), from,
                to + ";tag=" + ok.getTo().getTag(), callId, 1, SipPeer.branch(), sdp == null ? null : "application/sdp",
                sdp);
    }

    private String inDialog(String method, SIPResponse ok, String contentType, String body) {
        return caller.request(method, ok.getContactHeader().getAddress().getURI().toString(), from,
                to + ";tag=" + ok.getTo().getTag(), callId, ++cseq, SipPeer.branch(), contentType, body);
    }
}
