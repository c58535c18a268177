package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegRef;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places legs through the trunk and follows their INVITE: 18x rings, a 2xx is
 * acknowledged and answers, a final error fails the leg; the ring timeout cancels it.
 */
final class OutboundLegs {

    /** How long a cancelled INVITE may take to end (64 × T1) before it is forgotten anyway. */
    private static final Duration SETTLING = Duration.ofSeconds(32);

    private static final Logger log = LoggerFactory.getLogger(OutboundLegs.class);

    private final SipEndpoint endpoint;
    private final Legs legs;
    private final MediaSessions mediaSessions;
    private final Supplier<LegReports> reports;
    private final ScheduledExecutorService timers;

    OutboundLegs(SipEndpoint endpoint, Legs legs, MediaSessions mediaSessions, Supplier<LegReports> reports,
            ScheduledExecutorService timers) {
        this.endpoint = endpoint;
        this.legs = legs;
        this.mediaSessions = mediaSessions;
        this.reports = reports;
        this.timers = timers;
    }

    void dial(LegRef ref, Dialling dialling) {
        MediaSession media;
        try {
            media = mediaSessions.open();
        } catch (RuntimeException e) {
            log.warn("No media for leg {}: {}", ref, e.toString());
            failAtOnce(ref, LegFailure.TRUNK_FAILURE);
            return;
        }
        String offer;
        ClientTransaction invite;
        try {
            offer = media.offer();
            invite = endpoint.invite(ref, dialling, offer);
        } catch (Exception e) {
            log.warn("Could not place leg {}: {}", ref, e.toString());
            media.close();
            failAtOnce(ref, LegFailure.TRUNK_FAILURE);
            return;
        }
        Leg leg = Leg.calling(SipEndpoint.callId(invite.getRequest()), ref, reports.get());
        leg.invite = invite;
        leg.media = media;
        leg.localSdp = offer;
        if (!legs.dialled(leg)) {
            log.warn("Leg {} is already here; dialling it again is ignored", ref);
            media.close();
            return;
        }
        synchronized (leg) {
            leg.ringTimer = timers.schedule(() -> ringTimedOut(leg), dialling.ringTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        try {
            invite.sendRequest();
        } catch (Exception e) {
            log.warn("Could not send the INVITE of leg {}: {}", ref, e.toString());
            fail(leg, LegFailure.TRUNK_FAILURE);
        }
    }

    /** A leg that never got as far as the wire. */
    private void failAtOnce(LegRef ref, LegFailure failure) {
        Leg leg = Leg.calling("none", ref, reports.get());
        synchronized (leg) {
            leg.end();
            leg.report((signals, about) -> signals.failed(about, failure));
        }
        leg.deliver();
    }

    void responded(ResponseEvent event) {
        Response response = event.getResponse();
        if (!Request.INVITE.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) {
            return;
        }
        Leg leg = legs.bySipCallId(SipEndpoint.callId(response)).orElse(null);
        int status = response.getStatusCode();
        if (leg == null) {
            if (status / 100 == 2 && event.getDialog() != null) {
                hangUpStray(event);
            }
        } else if (status < 200) {
            provisional(leg, status);
        } else if (status < 300) {
            accepted(leg, event);
        } else {
            declined(leg, status);
        }
    }

    /** 18x rings; any provisional response, 100 Trying included, lets a wanted CANCEL go. */
    private void provisional(Leg leg, int status) {
        boolean cancel;
        synchronized (leg) {
            if (leg.stage == Leg.Stage.CALLING && status != Response.TRYING) {
                leg.stage = Leg.Stage.RINGING;
                leg.report((signals, ref) -> signals.ringing(ref));
            }
            leg.provisionalHeard = true;
            cancel = leg.cancelOnProvisional;
            leg.cancelOnProvisional = false;
        }
        if (cancel) {
            endpoint.cancel(leg.invite);
        }
        leg.deliver();
    }

    private void accepted(Leg leg, ResponseEvent event) {
        Response ok = event.getResponse();
        Leg.Stage was;
        synchronized (leg) {
            was = leg.stage;
            if (leg.isBeingPlaced()) {
                leg.stopRinging();
                leg.stage = Leg.Stage.CONNECTED;
                leg.dialog = event.getDialog();
                leg.media.acceptAnswer(SipEndpoint.body(ok));
            }
        }
        switch (was) {
            case CALLING, RINGING -> {
                try {
                    Request ack = endpoint.acknowledge(event.getDialog(), ok);
                    synchronized (leg) {
                        leg.ack = ack;
                        leg.report((signals, ref) -> signals.answered(ref));
                    }
                } catch (Exception e) {
                    log.warn("Could not acknowledge the answer of leg {}: {}", leg, e.toString());
                    synchronized (leg) {
                        leg.stage = Leg.Stage.ENDED;
                        leg.report((signals, ref) -> signals.failed(ref, LegFailure.TRUNK_FAILURE));
                    }
                    endpoint.bye(event.getDialog());
                    legs.remove(leg);
                    leg.closeMedia();
                }
                leg.deliver();
            }
            case CONNECTED -> {
                Request ack;
                synchronized (leg) {
                    ack = leg.ack;
                }
                if (ack != null) {
                    endpoint.resendAck(event.getDialog(), ack);
                }
            }
            default -> { // answered after we gave up on it
                hangUpStray(event);
                legs.remove(leg);
            }
        }
    }

    private void declined(Leg leg, int status) {
        boolean failed;
        synchronized (leg) {
            failed = leg.isBeingPlaced() && leg.end();
            if (failed) {
                LegFailure failure = failureOf(status);
                leg.report((signals, ref) -> signals.failed(ref, failure));
            }
        }
        legs.remove(leg);
        leg.closeMedia();
        leg.deliver();
    }

    /** The wire conventions' reading of a final error response. */
    static LegFailure failureOf(int status) {
        return switch (status) {
            case Response.BUSY_HERE, Response.BUSY_EVERYWHERE -> LegFailure.BUSY;
            case Response.REQUEST_TIMEOUT, Response.TEMPORARILY_UNAVAILABLE, Response.REQUEST_TERMINATED ->
                    LegFailure.NO_ANSWER;
            default -> status / 100 == 5 ? LegFailure.TRUNK_FAILURE : LegFailure.REJECTED;
        };
    }

    /**
     * Rang too long: no answer. A trunk that has not even said 100 Trying by then did not carry the call,
     * which is a trunk failure (its transaction would time out only after 32 s).
     */
    private void ringTimedOut(Leg leg) {
        synchronized (leg) {
            if (!leg.isBeingPlaced()) {
                return;
            }
            leg.end();
            LegFailure failure = leg.provisionalHeard ? LegFailure.NO_ANSWER : LegFailure.TRUNK_FAILURE;
            leg.report((signals, ref) -> signals.failed(ref, failure));
        }
        giveUp(leg);
        leg.deliver();
    }

    /**
     * Stops placing a leg the engine no longer wants: CANCEL now if it rings, else at its first provisional
     * response (a CANCEL must not overtake the INVITE). Call after ending the leg.
     */
    void giveUp(Leg leg) {
        boolean cancelNow;
        synchronized (leg) {
            cancelNow = leg.provisionalHeard;
            leg.cancelOnProvisional = !cancelNow;
        }
        if (cancelNow) {
            endpoint.cancel(leg.invite);
        }
        legs.forget(leg);
        leg.closeMedia();
        timers.schedule(() -> legs.remove(leg), SETTLING.toMillis(), TimeUnit.MILLISECONDS);
    }

    void timedOut(TimeoutEvent event) {
        if (event.isServerTransaction()
                || !Request.INVITE.equals(event.getClientTransaction().getRequest().getMethod())) {
            return;
        }
        legs.bySipCallId(SipEndpoint.callId(event.getClientTransaction().getRequest()))
                .ifPresent(leg -> fail(leg, LegFailure.TRUNK_FAILURE));
    }

    private void fail(Leg leg, LegFailure failure) {
        synchronized (leg) {
            if (leg.isBeingPlaced() && leg.end()) {
                leg.report((signals, ref) -> signals.failed(ref, failure));
            }
        }
        legs.remove(leg);
        leg.closeMedia();
        leg.deliver();
    }

    /** A 2xx nobody wants any more (cancelled too late, or unknown): the dialog is confirmed, then ended. */
    private void hangUpStray(ResponseEvent event) {
        try {
            endpoint.acknowledge(event.getDialog(), event.getResponse());
            endpoint.bye(event.getDialog());
        } catch (Exception e) {
            log.debug("Could not end an unwanted answer: {}", e.toString());
        }
    }
}
