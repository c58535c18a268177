package com.zongji.adapters.sip;

import gov.nist.javax.sip.Utils;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receives requests from the stack, asks the route what to do and sends the reply. */
class SignallingListener implements SipListener {

    private static final Logger log = LoggerFactory.getLogger(SignallingListener.class);

    private final RequestRoute route;
    private final MessageFactory messages;
    private final HeaderFactory headers;

    SignallingListener(RequestRoute route, MessageFactory messages, HeaderFactory headers) {
        this.route = route;
        this.messages = messages;
        this.headers = headers;
    }

    /** Runs on a stack thread: whatever goes wrong is logged here and must not reach the stack. */
    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            route.route(request).ifPresent(reply -> respond(event, reply));
        } catch (RuntimeException e) {
            log.warn("Could not handle {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private void respond(RequestEvent event, Reply reply) {
        Request request = event.getRequest();
        try {
            Response response = messages.createResponse(reply.status(), request);
            if (reply.reason() != null) {
                response.setReasonPhrase(reply.reason());
            }
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(Utils.getInstance().generateTag());
            }
            if (reply.listsAllowedMethods()) {
                response.setHeader(headers.createAllowHeader(String.join(", ", RequestRoute.ALLOWED_METHODS)));
            }
            log.debug("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), reply.status(),
                    response.getReasonPhrase());
            send(event, response);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + reply.status(), e);
        }
    }

    /** Statefully where possible, so the stack retransmits and absorbs the ACK of a rejected INVITE. */
    private static void send(RequestEvent event, Response response) throws Exception {
        SipProvider provider = (SipProvider) event.getSource();
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction == null) {
            try {
                transaction = provider.getNewServerTransaction(event.getRequest());
            } catch (TransactionUnavailableException e) {
                log.debug("Answering {} statelessly: {}", event.getRequest().getMethod(), e.toString());
                provider.sendResponse(response);
                return;
            }
        }
        transaction.sendResponse(response);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        log.debug("Ignoring response {}", event.getResponse().getStatusCode());
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        log.debug("Transaction timed out: {}", event.getTimeout());
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("I/O error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
