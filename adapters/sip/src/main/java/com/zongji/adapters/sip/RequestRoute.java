package com.zongji.adapters.sip;

import com.zongji.engine.numbering.ServedNumbers;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.List;
import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Decides what each incoming request gets, in the order a Kamailio request_route would: sanity checks,
 * then a lookup of what the request is for. Sending the reply is the listener's job.
 */
class RequestRoute {

    static final List<String> ALLOWED_METHODS =
            List.of(Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL, Request.OPTIONS);

    private final ServedNumbers servedNumbers;

    RequestRoute(ServedNumbers servedNumbers) {
        this.servedNumbers = servedNumbers;
    }

    /** The reply to send, or empty when the request must not be answered. */
    Optional<Reply> route(Request request) {
        if (Request.ACK.equals(request.getMethod())) {
            return Optional.empty();
        }
        return Optional.of(sanity(request).orElseGet(() -> lookup(request)));
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
        return Optional.empty();
    }

    private Reply lookup(Request request) {
        return switch (request.getMethod()) {
            case Request.OPTIONS -> Reply.withAllowedMethods(Response.OK);
            case Request.INVITE -> serves(request.getRequestURI()) ? offerCall(request) : Reply.of(Response.NOT_FOUND);
            // No dialog or pending INVITE is kept yet, so there is nothing they could end.
            case Request.BYE, Request.CANCEL -> Reply.of(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            default -> Reply.withAllowedMethods(Response.METHOD_NOT_ALLOWED);
        };
    }

    /** An INVITE to a number we serve. Calls are not connected yet. */
    private Reply offerCall(Request invite) {
        return Reply.of(Response.TEMPORARILY_UNAVAILABLE);
    }

    private boolean serves(URI requestUri) {
        String dialled = requestUri instanceof SipURI sip ? sip.getUser()
                : requestUri instanceof TelURL tel ? tel.getPhoneNumber()
                : null;
        return dialled != null && servedNumbers.isServed(dialled);
    }

    private static String headerName(String headerLine) {
        int colon = headerLine.indexOf(':');
        return (colon < 0 ? headerLine : headerLine.substring(0, colon)).trim();
    }
}
