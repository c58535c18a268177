package com.zongji.adapters.sip;

import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.LegRef;
import gov.nist.javax.sip.Utils;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine as a SIP peer: builds requests and responses by the wire conventions (who we say we are,
 * how a leg is labelled, where the trunk is) and sends them through the running stack.
 */
class SipEndpoint {

    /** Names the leg an outgoing INVITE places, as {@code <callId>/<leg name>}; for diagnostics and tests. */
    static final String LEG_HEADER = "X-Zongji-Leg";
    static final String ASSERTED_IDENTITY = "P-Asserted-Identity";
    static final int INCOMPATIBLE_MEDIA = 305;
    /** The SDP problem told in a Warning echoes the caller's input: bounded. */
    private static final int WARNING_TEXT_MAX = 120;

    private static final Logger log = LoggerFactory.getLogger(SipEndpoint.class);

    private final SipProperties properties;
    private final MessageFactory messages = new MessageFactoryImpl();
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final AddressFactory addresses = new AddressFactoryImpl();
    private volatile SipProvider provider;

    SipEndpoint(SipProperties properties) {
        this.properties = properties;
    }

    void attach(SipProvider provider) {
        this.provider = provider;
    }

    void detach() {
        this.provider = null;
    }

    String newTag() {
        return Utils.getInstance().generateTag();
    }

    /** An INVITE through the trunk placing {@code leg}, ready to send; the Call-ID is the leg's own. */
    ClientTransaction invite(LegRef leg, Dialling dialling, String sdpOffer) throws ParseException, SipException,
            InvalidArgumentException {
        SipProperties.Trunk trunk = properties.trunk();
        if (trunk == null || trunk.host() == null) {
            throw new SipException("No trunk configured (zongji.sip.trunk.host)");
        }
        String host = properties.advertisedHost();
        SipURI target = addresses.createSipURI(dialling.to(), trunk.host());
        target.setPort(trunk.port());
        if (trunk.transport() != SipProperties.Transport.UDP) {
            target.setTransportParam(trunk.transport().jainName());
        }
        Address shown = addresses.createAddress(addresses.createSipURI(dialling.shows(), host));
        ViaHeader via = headers.createViaHeader(host, properties.port(), trunk.transport().jainName(), null);
        via.setRPort();
        Request invite = messages.createRequest(target, Request.INVITE,
                headers.createCallIdHeader(Utils.getInstance().generateCallIdentifier(host)),
                headers.createCSeqHeader(1L, Request.INVITE),
                headers.createFromHeader(shown, newTag()),
                headers.createToHeader(addresses.createAddress(addresses.createSipURI(dialling.to(), trunk.host())), null),
                List.of(via), headers.createMaxForwardsHeader(70), sdp(), sdpOffer);
        invite.addHeader(headers.createHeader(ASSERTED_IDENTITY, shown.toString()));
        invite.addHeader(headers.createHeader(LEG_HEADER, leg.callId() + "/" + leg.name()));
        invite.addHeader(contact(trunk.transport().jainName()));
        invite.addHeader(headers.createAllowHeader(String.join(", ", RequestRoute.ALLOWED_METHODS)));
        return provider().getNewClientTransaction(invite);
    }

    void cancel(ClientTransaction invite) {
        try {
            provider().getNewClientTransaction(invite.createCancel()).sendRequest();
        } catch (SipException e) {
            log.debug("Could not cancel {}: {}", callId(invite.getRequest()), e.toString());
        }
    }

    /** Sends the ACK of a 2xx and returns it, for resending should the 2xx come again. */
    Request acknowledge(Dialog dialog, Response ok) throws SipException, InvalidArgumentException {
        Request ack = dialog.createAck(((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber());
        dialog.sendAck(ack);
        return ack;
    }

    void resendAck(Dialog dialog, Request ack) {
        try {
            dialog.sendAck(ack);
        } catch (SipException e) {
            log.debug("Could not resend ACK on {}: {}", dialog.getCallId().getCallId(), e.toString());
        }
    }

    void bye(Dialog dialog) {
        try {
            Request bye = dialog.createRequest(Request.BYE);
            dialog.sendRequest(provider().getNewClientTransaction(bye));
        } catch (SipException e) {
            log.debug("Could not send BYE on {}: {}", dialog.getCallId().getCallId(), e.toString());
        } catch (RuntimeException e) {
            // JAIN-SIP fails unchecked too (a ClassCastException for a remote target that is no SIP URI): the leg
            // ends here all the same, so that its call is closed and billed.
            log.warn("Could not build a BYE on {}: {}", dialog.getCallId().getCallId(), e.toString());
        }
    }

    /** The server transaction for a new request, or null when it is a retransmission the stack absorbs. */
    ServerTransaction serverTransaction(RequestEvent event) throws TransactionUnavailableException {
        if (event.getServerTransaction() != null) {
            return event.getServerTransaction();
        }
        try {
            return ((SipProvider) event.getSource()).getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException retransmission) {
            return null;
        }
    }

    /** A final or provisional response on a kept transaction; {@code sdp} may be null. */
    void respond(ServerTransaction transaction, int status, String reason, String toTag, String sdp) {
        Request request = transaction.getRequest();
        try {
            Response response = sdp == null
                    ? messages.createResponse(status, request)
                    : messages.createResponse(status, request, sdp(), sdp);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to.getTag() == null && toTag != null && status != Response.TRYING) {
                to.setTag(toTag);
            }
            if (status / 100 == 2 && Request.INVITE.equals(request.getMethod())) {
                response.addHeader(contact(((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport()));
            }
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            log.debug("Could not send {} to {} {}: {}", status, request.getMethod(), callId(request), e.toString());
        }
    }

    /**
     * A final refusal on a kept transaction; {@code mediaProblem}, if not null, is told in a Warning with code
     * 305 Incompatible media format (RFC 3261 section 20.43), shortened and stripped of quotes.
     */
    void refuse(ServerTransaction transaction, int status, String toTag, String mediaProblem) {
        Request request = transaction.getRequest();
        try {
            Response response = messages.createResponse(status, request);
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to.getTag() == null && toTag != null) {
                to.setTag(toTag);
            }
            if (mediaProblem != null) {
                String text = mediaProblem.replaceAll("[^ -~]|[\"\\\\]", "");
                response.addHeader(headers.createWarningHeader(properties.advertisedHost(), INCOMPATIBLE_MEDIA,
                        text.length() > WARNING_TEXT_MAX ? text.substring(0, WARNING_TEXT_MAX) + "..." : text));
            }
            transaction.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            log.debug("Could not send {} to {} {}: {}", status, request.getMethod(), callId(request), e.toString());
        }
    }

    /**
     * Answers a request the route decided on, statefully where possible so that the stack retransmits and
     * absorbs the ACK of a rejected INVITE.
     */
    void reply(RequestEvent event, Reply reply) {
        Request request = event.getRequest();
        try {
            Response response = messages.createResponse(reply.status(), request);
            if (reply.reason() != null) {
                response.setReasonPhrase(reply.reason());
            }
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(newTag());
            }
            if (reply.listsAllowedMethods()) {
                response.setHeader(headers.createAllowHeader(String.join(", ", RequestRoute.ALLOWED_METHODS)));
            }
            for (String optionTag : reply.unsupported()) {
                response.addHeader(headers.createUnsupportedHeader(optionTag));
            }
            if (reply.retryAfterSeconds() > 0) {
                response.setHeader(headers.createRetryAfterHeader(reply.retryAfterSeconds()));
            }
            log.debug("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), reply.status(),
                    response.getReasonPhrase());
            if (reply.stateless()) {
                ((SipProvider) event.getSource()).sendResponse(response);
                return;
            }
            ServerTransaction transaction;
            try {
                transaction = serverTransaction(event);
            } catch (TransactionUnavailableException e) {
                log.debug("Answering {} statelessly: {}", request.getMethod(), e.toString());
                ((SipProvider) event.getSource()).sendResponse(response);
                return;
            }
            if (transaction != null) {
                transaction.sendResponse(response);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + reply.status(), e);
        }
    }

    private SipProvider provider() throws SipException {
        SipProvider running = provider;
        if (running == null) {
            throw new SipException("The SIP server is not running");
        }
        return running;
    }

    private ContactHeader contact(String transport) throws ParseException {
        SipURI us = addresses.createSipURI(null, properties.advertisedHost());
        us.setPort(properties.port());
        if (!"udp".equalsIgnoreCase(transport)) {
            us.setTransportParam(transport.toLowerCase());
        }
        return headers.createContactHeader(addresses.createAddress(us));
    }

    private ContentTypeHeader sdp() throws ParseException {
        return headers.createContentTypeHeader("application", "sdp");
    }

    /** A message body as text; empty when there is none. */
    static String body(Message message) {
        byte[] content = message.getRawContent();
        return content == null ? "" : new String(content, StandardCharsets.ISO_8859_1);
    }

    static String callId(Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
