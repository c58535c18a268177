package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import java.util.Optional;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests within one of our legs, found by Call-ID: the far end hanging up, keys sent as INFO, a
 * re-INVITE, the caller's CANCEL and ACK. What no leg claims is left to the route.
 */
final class DialogRequests {

    private static final Logger log = LoggerFactory.getLogger(DialogRequests.class);

    private final SipEndpoint endpoint;
    private final Legs legs;
    private final InboundLegs inbound;

    DialogRequests(SipEndpoint endpoint, Legs legs, InboundLegs inbound) {
        this.endpoint = endpoint;
        this.legs = legs;
        this.inbound = inbound;
    }

    /** Handles a request of a leg held here; false when there is none or the request is the route's. */
    boolean take(RequestEvent event) {
        Request request = event.getRequest();
        Optional<Leg> found = legs.bySipCallId(SipEndpoint.callId(request));
        if (found.isEmpty()) {
            return false;
        }
        Leg leg = found.get();
        return switch (request.getMethod()) {
            case Request.CANCEL -> inbound.cancelled(event, leg);
            case Request.BYE -> hungUpByFarEnd(event, leg);
            case Request.INFO -> keyPressed(event, leg);
            case Request.INVITE -> reInvited(event, leg);
            default -> false; // OPTIONS and the rest get what they would outside a call
        };
    }

    void acknowledge(RequestEvent event) {
        Request ack = event.getRequest();
        legs.bySipCallId(SipEndpoint.callId(ack)).ifPresent(leg -> inbound.acknowledged(leg, ack));
    }

    /**
     * The stack ended a dialog we still held as connected: our 200 OK was never acknowledged, or the
     * dialog timed out. The far end is gone.
     */
    void ended(Dialog dialog) {
        legs.bySipCallId(dialog.getCallId().getCallId()).ifPresent(leg -> {
            synchronized (leg) {
                if (leg.dialog != dialog || !leg.isAnswered() || !leg.end()) {
                    return;
                }
                leg.report((signals, ref) -> signals.hungUp(ref));
            }
            legs.remove(leg);
            leg.closeMedia();
            leg.deliver();
        });
    }

    private boolean hungUpByFarEnd(RequestEvent event, Leg leg) {
        synchronized (leg) {
            if (!leg.isAnswered() && leg.stage != Leg.Stage.ENDED) {
                return false; // no dialog to end before an answer
            }
            if (leg.end()) {
                leg.report((signals, ref) -> signals.hungUp(ref));
            }
        }
        endpoint.reply(event, Reply.of(Response.OK));
        legs.remove(leg);
        leg.closeMedia();
        leg.deliver();
        return true;
    }

    private boolean keyPressed(RequestEvent event, Leg leg) {
        MediaSession media = leg.answeredMedia();
        if (media == null) {
            return false;
        }
        Request info = event.getRequest();
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        if (type == null) {
            endpoint.reply(event, Reply.of(Response.OK)); // an empty INFO probes the dialog
            return true;
        }
        if (!DtmfInfo.understands(type)) {
            endpoint.reply(event, Reply.of(Response.UNSUPPORTED_MEDIA_TYPE));
            return true;
        }
        // The key first: the phone sends its next INFO once this one is answered, and keys keep their order.
        DtmfInfo.key(type, SipEndpoint.body(info)).ifPresent(media::keyPressed);
        endpoint.reply(event, Reply.of(Response.OK));
        return true;
    }

    /**
     * A re-INVITE (a session refresh, or hold) is answered with the SDP we already sent: our media does
     * not move and keeps sending to where it was told first.
     */
    private boolean reInvited(RequestEvent event, Leg leg) {
        if (((ToHeader) event.getRequest().getHeader(ToHeader.NAME)).getTag() == null) {
            return true; // the first INVITE again, got past its transaction: it is being handled
        }
        String sdp;
        synchronized (leg) {
            sdp = leg.isAnswered() ? leg.localSdp : null;
        }
        if (sdp == null) {
            endpoint.reply(event, Reply.of(Response.REQUEST_PENDING));
            return true;
        }
        try {
            ServerTransaction transaction = endpoint.serverTransaction(event);
            if (transaction != null) {
                endpoint.respond(transaction, Response.OK, null, null, sdp);
            }
        } catch (TransactionUnavailableException e) {
            log.debug("Cannot answer the re-INVITE of {}: {}", leg, e.toString());
        }
        return true;
    }
}
