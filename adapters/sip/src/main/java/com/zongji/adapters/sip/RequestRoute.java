package com.zongji.adapters.sip;

import com.zongji.engine.numbering.ServedNumbers;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.Optional;
import javax.sip.RequestEvent;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Decides what each incoming request gets, in the order a Kamailio request_route would: sanity checks,
 * requests within a call we hold, then a lookup of what the request is for. Replies the route decides
 * are sent by the listener; calls and their dialogs answer for themselves.
 */
class RequestRoute {

    static final List<String> ALLOWED_METHODS = List.of(
            Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL, Request.OPTIONS, Request.INFO);
    /** Methods of SIP extensions the engine knows of and does not take (405); any other method is unknown (501). */
    private static final Set<String> KNOWN_METHODS = Set.of(Request.REGISTER, Request.MESSAGE, Request.SUBSCRIBE,
            Request.NOTIFY, Request.REFER, Request.UPDATE, Request.PRACK, Request.PUBLISH);

    /** What the engine records of a number; a longer "number" is not one (the fuzzer's, found as 500s). */
    static final int LONGEST_NUMBER = 30;

    private final ServedNumbers servedNumbers;
    private final InboundLegs inbound;
    private final DialogRequests dialogs;
    private final InviteAdmission admission;

    RequestRoute(ServedNumbers servedNumbers, InboundLegs inbound, DialogRequests dialogs, InviteAdmission admission) {
        this.servedNumbers = servedNumbers;
        this.inbound = inbound;
        this.dialogs = dialogs;
        this.admission = admission;
    }

    /** The reply to send, or empty when the request is answered elsewhere or must not be answered. */
    Optional<Reply> route(RequestEvent event) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            dialogs.acknowledge(event);
            return Optional.empty();
        }
        Optional<Reply> insane = sanity(request);
        if (insane.isPresent()) {
            return insane;
        }
        if (dialogs.take(event)) {
            return Optional.empty();
        }
        return lookup(event);
    }

    /** Headers that failed to parse, or were missing, reach us as "unrecognized" (see LenientRequestParser). */
    private Optional<Reply> sanity(Request request) {
        var unparsed = ((SIPMessage) request).getUnrecognizedHeaders();
        if (unparsed.hasNext()) {
            return Optional.of(Reply.because(Response.BAD_REQUEST, "Bad " + headerName(unparsed.next())));
        }
        String scheme = request.getRequestURI().getScheme().toLowerCase();
        if (!List.of("sip", "sips", "tel").contains(scheme)) {
            return Optional.of(Reply.of(Response.UNSUPPORTED_URI_SCHEME));
        }
        return requiredExtensions(request).map(Reply::badExtension);
    }

    /** The engine supports no SIP extension a request could require (RFC 3261 section 8.2.2.3); CANCEL never requires. */
    private static Optional<List<String>> requiredExtensions(Request request) {
        if (Request.CANCEL.equals(request.getMethod())) {
            return Optional.empty();
        }
        List<String> required = new ArrayList<>();
        for (ListIterator<?> headers = request.getHeaders(RequireHeader.NAME); headers.hasNext(); ) {
            required.add(((RequireHeader) headers.next()).getOptionTag());
        }
        return required.isEmpty() ? Optional.empty() : Optional.of(required);
    }

    private Optional<Reply> lookup(RequestEvent event) {
        Request request = event.getRequest();
        return switch (request.getMethod()) {
            case Request.OPTIONS -> Optional.of(Reply.withAllowedMethods(Response.OK));
            case Request.INVITE -> isWithinADialog(request)
                    ? Optional.of(Reply.of(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST))
                    : offerCall(event);
            // No leg of ours took them, so there is nothing they could end or reach.
            case Request.BYE, Request.CANCEL, Request.INFO ->
                    Optional.of(Reply.of(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST));
            default -> Optional.of(Reply.withAllowedMethods(KNOWN_METHODS.contains(request.getMethod())
                    ? Response.METHOD_NOT_ALLOWED : Response.NOT_IMPLEMENTED));
        };
    }

    /**
     * An INVITE to a number we serve is the engine's to decide; anything else is not found. Admission comes
     * first, so that a flood is turned away before it costs a number lookup.
     */
    private Optional<Reply> offerCall(RequestEvent event) {
        Optional<InviteAdmission.Place> place = admission.admit(((SIPMessage) event.getRequest()).getRemoteAddress());
        if (place.isEmpty()) {
            return Optional.of(Reply.overloaded(admission.limits().retryAfterSeconds()));
        }
        String dialled = numberOf(event.getRequest().getRequestURI());
        if (dialled == null || !servedNumbers.isServed(dialled)) {
            place.get().withdraw();
            return Optional.of(Reply.of(Response.NOT_FOUND));
        }
        // A call we serve is stored under its caller's number; no telephone number is this long (RFC 4475
        // longreq, to a number we do not serve, is answered 404 above like any other).
        if (InboundLegs.callerNumber(event.getRequest()).length() > LONGEST_NUMBER) {
            place.get().withdraw();
            return Optional.of(Reply.because(Response.BAD_REQUEST, "Caller number too long"));
        }
        // The caller's Contact is where the call's BYE goes: an INVITE must give a SIP URI there (RFC 3261
        // section 8.1.1.8); a call taken without one could not be hung up (found by the long fuzz run).
        if (!hasSipContact(event.getRequest())) {
            place.get().withdraw();
            return Optional.of(Reply.because(Response.BAD_REQUEST, "Contact must be a SIP URI"));
        }
        inbound.offer(event, dialled, place.get());
        return Optional.empty();
    }

    /** The number a SIP or tel URI names (the user part), or null. */
    static String numberOf(URI uri) {
        return uri instanceof SipURI sip ? sip.getUser()
                : uri instanceof TelURL tel ? tel.getPhoneNumber()
                : null;
    }

    private static boolean hasSipContact(Request request) {
        return request.getHeader(ContactHeader.NAME) instanceof ContactHeader contact
                && contact.getAddress() != null && contact.getAddress().getURI() instanceof SipURI;
    }

    private static boolean isWithinADialog(Request request) {
        return ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null;
    }

    private static String headerName(String headerLine) {
        int colon = headerLine.indexOf(':');
        return (colon < 0 ? headerLine : headerLine.substring(0, colon)).trim();
    }
}
