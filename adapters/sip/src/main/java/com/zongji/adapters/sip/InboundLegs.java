package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.InboundOffer;
import java.util.function.Supplier;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls from the trunk to served numbers: offered to the engine, kept unanswered until it answers them,
 * given up by the caller with CANCEL.
 */
final class InboundLegs {

    private static final Logger log = LoggerFactory.getLogger(InboundLegs.class);

    private final SipEndpoint endpoint;
    private final Legs legs;
    private final MediaSessions mediaSessions;
    private final Supplier<LegReports> reports;
    private final Supplier<CallSignals> signals;

    InboundLegs(SipEndpoint endpoint, Legs legs, MediaSessions mediaSessions, Supplier<LegReports> reports,
            Supplier<CallSignals> signals) {
        this.endpoint = endpoint;
        this.legs = legs;
        this.mediaSessions = mediaSessions;
        this.reports = reports;
        this.signals = signals;
    }

    /**
     * An INVITE to {@code officeNumber}: 100 Trying, then the engine decides, on this (stack) thread: it is
     * one short transaction, and the caller waits for it anyway. {@code setUpDone} gives back the call's
     * place among those being set up, once it is answered or ends.
     */
    void offer(RequestEvent event, String officeNumber, Runnable setUpDone) {
        Request request = event.getRequest();
        ServerTransaction invitation;
        try {
            invitation = endpoint.serverTransaction(event);
        } catch (TransactionUnavailableException e) {
            // The running stack refuses a transaction only for what the request says (found by fuzzing: 500s before).
            log.debug("Cannot keep the INVITE {}: {}", SipEndpoint.callId(request), e.toString());
            setUpDone.run();
            endpoint.reply(event, Reply.because(Response.BAD_REQUEST, "Bad Request"));
            return;
        }
        if (invitation == null) {
            setUpDone.run();
            return;
        }
        Leg leg = Leg.offered(SipEndpoint.callId(request), invitation, endpoint.newTag(), reports.get(), setUpDone);
        endpoint.respond(invitation, Response.TRYING, null, null, null);
        legs.offered(leg);
        InboundAdmission admission = decide(new InboundOffer(officeNumber, callerNumber(request)));
        if (admission.isAdmitted()) {
            admit(leg, admission);
        } else {
            refuse(leg, admission);
        }
    }

    private InboundAdmission decide(InboundOffer offer) {
        try {
            return signals.get().inboundCall(offer);
        } catch (RuntimeException e) {
            log.warn("The engine could not take the call {}", offer, e);
            return InboundAdmission.refused(Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    /** Held under the engine's name: 180 Ringing, and reported ringing so that the engine may answer it. */
    private void admit(Leg leg, InboundAdmission admission) {
        boolean cancelled;
        synchronized (leg) {
            leg.ref = admission.leg();
            cancelled = leg.stage == Leg.Stage.ENDED;
            leg.report(cancelled ? (engine, ref) -> engine.hungUp(ref) : (engine, ref) -> engine.ringing(ref));
        }
        if (cancelled) {
            legs.dropped(leg);
        } else {
            endpoint.respond(leg.invitation, Response.RINGING, null, leg.localTag, null);
            legs.admitted(leg);
        }
        leg.deliver();
    }

    private void refuse(Leg leg, InboundAdmission admission) {
        legs.dropped(leg);
        boolean open;
        synchronized (leg) {
            open = leg.end();
        }
        if (open) {
            int status = admission.refusalStatus() >= 300 && admission.refusalStatus() < 700
                    ? admission.refusalStatus() : Response.SERVER_INTERNAL_ERROR;
            endpoint.respond(leg.invitation, status, admission.reason(), leg.localTag, null);
        }
    }

    /** 200 OK with our SDP: the answer to the caller's offer, or an offer whose answer the ACK brings. */
    void answer(Leg leg) {
        synchronized (leg) {
            if (leg.stage != Leg.Stage.OFFERED) {
                return;
            }
        }
        String remoteOffer = SipEndpoint.body(leg.invitation.getRequest());
        MediaSession media;
        try {
            media = mediaSessions.open();
        } catch (RuntimeException e) {
            log.warn("No media to answer {}: {}", leg, e.toString());
            unanswerable(leg, Response.SERVICE_UNAVAILABLE, null);
            return;
        }
        String sdp;
        try {
            sdp = remoteOffer.isEmpty() ? media.offer() : media.answer(remoteOffer);
        } catch (IllegalArgumentException e) {
            // The caller's offer, not the node, is at fault: 488 (RFC 3261 section 13.3.1.1).
            log.debug("Cannot answer the offer of {}: {}", leg, e.toString());
            media.close();
            unanswerable(leg, Response.NOT_ACCEPTABLE_HERE, String.valueOf(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            log.warn("No media to answer {}: {}", leg, e.toString());
            media.close();
            unanswerable(leg, Response.SERVICE_UNAVAILABLE, null);
            return;
        }
        boolean stillOffered;
        synchronized (leg) {
            stillOffered = leg.stage == Leg.Stage.OFFERED;
            if (stillOffered) {
                leg.answering();
                leg.media = media;
                leg.localSdp = sdp;
                leg.answerInAck = remoteOffer.isEmpty();
                leg.dialog = leg.invitation.getDialog();
            }
        }
        if (!stillOffered) { // the caller gave up meanwhile
            media.close();
            return;
        }
        endpoint.respond(leg.invitation, Response.OK, null, leg.localTag, sdp);
    }

    /** Ends a call we cannot answer with {@code status}; {@code mediaProblem}, if any, goes in a Warning. */
    private void unanswerable(Leg leg, int status, String mediaProblem) {
        synchronized (leg) {
            if (!leg.end()) {
                return;
            }
            leg.report((engine, ref) -> engine.hungUp(ref));
        }
        endpoint.refuse(leg.invitation, status, leg.localTag, mediaProblem);
        legs.remove(leg);
        leg.deliver();
    }

    /**
     * The ACK of our 200 OK: the call is connected. An ACK that owes us the answer to our offer and brings
     * none that we can use leaves a call without media: it is ended with BYE (RFC 3261 section 13.3.1.4).
     */
    void acknowledged(Leg leg, Request ack) {
        boolean unusable = false;
        synchronized (leg) {
            if (leg.stage != Leg.Stage.ANSWERING) {
                return;
            }
            leg.stage = Leg.Stage.CONNECTED;
            if (leg.answerInAck) {
                try {
                    leg.media.acceptAnswer(SipEndpoint.body(ack));
                } catch (IllegalArgumentException e) {
                    log.debug("No usable answer in the ACK of {}: {}", leg, e.toString());
                    unusable = leg.end();
                    if (unusable) {
                        leg.report((engine, ref) -> engine.hungUp(ref));
                    }
                }
            }
        }
        if (unusable) {
            endpoint.bye(leg.dialog);
            legs.remove(leg);
            leg.closeMedia();
            leg.deliver();
        }
    }

    /** The caller gives up: 200 to the CANCEL and, if we had not answered yet, 487 to the INVITE. */
    boolean cancelled(RequestEvent event, Leg leg) {
        if (leg.invitation == null) {
            return false;
        }
        boolean unanswered;
        synchronized (leg) {
            unanswered = leg.stage == Leg.Stage.OFFERED && leg.end();
            if (unanswered && leg.ref != null) {
                leg.report((engine, ref) -> engine.hungUp(ref));
            }
        }
        try {
            ServerTransaction cancel = endpoint.serverTransaction(event);
            if (cancel != null) {
                endpoint.respond(cancel, Response.OK, null, leg.localTag, null);
            }
        } catch (TransactionUnavailableException e) {
            log.debug("Cannot answer the CANCEL of {}: {}", leg, e.toString());
        }
        if (unanswered) {
            endpoint.respond(leg.invitation, Response.REQUEST_TERMINATED, null, leg.localTag, null);
            if (leg.ref != null) { // else the offer is still being decided, and its end is left to that
                legs.remove(leg);
            }
        }
        leg.deliver();
        return true;
    }

    /** Who calls: the P-Asserted-Identity the carrier vouches for, else (or when it names no number) the From. */
    static String callerNumber(Request request) {
        Header asserted = request.getHeader(SipEndpoint.ASSERTED_IDENTITY);
        String number = asserted instanceof HeaderAddress identity
                ? RequestRoute.numberOf(identity.getAddress().getURI()) : null;
        if (number == null) {
            number = RequestRoute.numberOf(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI());
        }
        return number == null ? "" : number;
    }
}
