package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.LegRef;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outgoing legs through the trunk, the trunk being a raw UDP peer. */
class PlacingLegsTest {

    private static final LegRef LEG_A = new LegRef(7, LegRef.A);
    private static final Dialling EMPLOYEE = new Dialling("13800138000", "02787654321", Duration.ofSeconds(30));
    private static final String CALLEE_SDP = FakeMediaSession.sdp("callee");

    private final TestNode node = new TestNode();
    private final SipPeer trunk = node.peer;

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void theInviteShowsTheChosenNumberAndNamesTheLeg() {
        node.telephony.dial(LEG_A, EMPLOYEE);

        SIPRequest invite = trunk.request("INVITE");
        assertThat(invite.getRequestURI()).hasToString("sip:13800138000@127.0.0.1:" + trunk.port());
        assertThat(invite.getTo().getAddress().getURI()).hasToString("sip:13800138000@127.0.0.1");
        assertThat(invite.getFrom().getAddress().getURI()).hasToString("sip:02787654321@127.0.0.1");
        assertThat(invite.getFrom().getTag()).isNotBlank();
        assertThat(lines(invite)).contains(
                "P-Asserted-Identity: <sip:02787654321@127.0.0.1>",
                "X-Zongji-Leg: 7/A",
                "Content-Type: application/sdp");
        assertThat(invite.getContactHeader().getAddress().getURI()).hasToString("sip:127.0.0.1:" + node.port);
        assertThat(new String(invite.getRawContent())).isEqualTo(FakeMediaSession.OFFER);
    }

    @Test
    void anAnsweredLegIsAcknowledgedAndReportedOnce() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");

        trunk.respond(invite, 100, null, null);
        trunk.respond(invite, 180, "mobile", null);
        awaitEvent("ringing 7/A"); // the stack may take datagrams in any order: a 200 first is no ringing
        trunk.respond(invite, 200, "mobile", CALLEE_SDP);

        SIPRequest ack = trunk.request("ACK");
        assertThat(ack.getCSeq().getSeqNumber()).isEqualTo(1);
        assertThat(ack.getTo().getTag()).isEqualTo("mobile");
        node.reported("ringing 7/A", "answered 7/A");
        assertThat(node.media.last().remoteSdp).isEqualTo(CALLEE_SDP);
        assertThat(node.b2bua.liveLegs()).containsExactly(LEG_A);
    }

    @Test
    void aRetransmittedAnswerIsAcknowledgedAgainButReportedOnce() {
        SIPRequest invite = answered();

        trunk.respond(invite, 200, "mobile", CALLEE_SDP);

        assertThat(trunk.request("ACK").getTo().getTag()).isEqualTo("mobile");
        node.reported("ringing 7/A", "answered 7/A");
    }

    @Test
    void busyHereIsBusy() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");

        trunk.respond(invite, 486, "mobile", null);

        trunk.request("ACK");
        node.reported("failed 7/A BUSY");
        assertThat(node.media.last().closed).isTrue();
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    /** 100 Trying only says the trunk has the INVITE: not ringing. */
    @Test
    void aServerErrorIsATrunkFailure() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");

        trunk.respond(invite, 100, null, null);
        trunk.respond(invite, 503, "carrier", null);

        trunk.request("ACK");
        node.reported("failed 7/A TRUNK_FAILURE");
    }

    @Test
    void ringingPastTheRingTimeoutIsCancelledAndNotAnswered() {
        node.telephony.dial(LEG_A, new Dialling("13800138000", "02787654321", Duration.ofMillis(500)));
        SIPRequest invite = trunk.request("INVITE");
        trunk.respond(invite, 180, "mobile", null);

        SIPRequest cancel = trunk.request("CANCEL");
        trunk.respond(cancel, 200, "mobile", null);
        trunk.respond(invite, 487, "mobile", null);

        assertThat(cancel.getTopmostVia().getBranch()).isEqualTo(invite.getTopmostVia().getBranch());
        trunk.request("ACK");
        node.reported("ringing 7/A", "failed 7/A NO_ANSWER");
        assertThat(node.media.last().closed).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> node.b2bua.liveLegs().isEmpty());
    }

    @Test
    void aTrunkSilentUntilTheRingTimeoutFailedToCarryTheCall() {
        node.telephony.dial(LEG_A, new Dialling("13800138000", "02787654321", Duration.ofMillis(300)));
        SIPRequest invite = trunk.request("INVITE");

        node.reported("failed 7/A TRUNK_FAILURE");
        assertThat(trunk.drain(Duration.ofMillis(300))).noneMatch(message -> message instanceof SIPRequest request
                && request.getMethod().equals("CANCEL"));

        trunk.respond(invite, 100, null, null);
        trunk.request("CANCEL");
    }

    @Test
    void anAnswerRacingTheCancelIsEndedWithoutAReport() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");
        trunk.respond(invite, 180, "mobile", null);
        awaitEvent("ringing 7/A");

        node.telephony.hangUp(LEG_A);
        trunk.request("CANCEL");
        trunk.respond(invite, 200, "mobile", CALLEE_SDP);

        trunk.request("ACK");
        assertThat(trunk.request("BYE").getTo().getTag()).isEqualTo("mobile");
        node.reported("ringing 7/A");
    }

    /** A CANCEL must not overtake its INVITE: it waits for the first provisional response. */
    @Test
    void hangingUpBeforeAnyResponseCancelsOnTheFirstProvisional() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");

        node.telephony.hangUp(LEG_A);
        assertThat(trunk.drain(Duration.ofMillis(300))).isEmpty();
        trunk.respond(invite, 100, null, null);

        trunk.respond(trunk.request("CANCEL"), 200, "mobile", null);
        trunk.respond(invite, 487, "mobile", null);
        trunk.request("ACK");
        node.reported();
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    @Test
    void theFarEndHangingUpIsAcceptedAndReported() {
        SIPRequest invite = answered();

        trunk.send(trunk.request("BYE", invite.getContactHeader().getAddress().getURI().toString(),
                invite.getTo().getAddress() + ";tag=mobile", invite.getFrom().getAddress() + ";tag=" + invite.getFrom().getTag(),
                invite.getCallId().getCallId(), 1, SipPeer.branch(), null, null));

        assertThat(trunk.response(200).getCSeq().getMethod()).isEqualTo("BYE");
        node.reported("ringing 7/A", "answered 7/A", "hungUp 7/A");
        assertThat(node.media.last().closed).isTrue();
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    @Test
    void hangingUpAnAnsweredLegSendsByeAndReportsNothing() {
        SIPRequest invite = answered();

        node.telephony.hangUp(LEG_A);

        SIPRequest bye = trunk.request("BYE");
        trunk.respond(bye, 200, null, null);
        assertThat(bye.getCallId().getCallId()).isEqualTo(invite.getCallId().getCallId());
        assertThat(bye.getRequestURI()).hasToString("sip:peer@127.0.0.1:" + trunk.port());
        node.reported("ringing 7/A", "answered 7/A");
        assertThat(node.media.last().closed).isTrue();
        assertThat(node.b2bua.liveLegs()).isEmpty();
    }

    @Test
    void commandsForALegNotHeldHereAreIgnored() {
        node.telephony.hangUp(new LegRef(99, LegRef.B));
        node.telephony.answer(new LegRef(99, LegRef.CALLER));

        assertThat(trunk.drain(Duration.ofMillis(300))).isEmpty();
        assertThat(node.signals.events).isEmpty();
    }

    private SIPRequest answered() {
        node.telephony.dial(LEG_A, EMPLOYEE);
        SIPRequest invite = trunk.request("INVITE");
        trunk.respond(invite, 180, "mobile", null);
        awaitEvent("ringing 7/A");
        trunk.respond(invite, 200, "mobile", CALLEE_SDP);
        trunk.request("ACK");
        awaitEvent("answered 7/A");
        return invite;
    }

    private void awaitEvent(String event) {
        await().atMost(Duration.ofSeconds(5)).until(() -> node.signals.events.contains(event));
    }

    private static List<String> lines(SIPMessage message) {
        return message.encode().lines().toList();
    }
}
