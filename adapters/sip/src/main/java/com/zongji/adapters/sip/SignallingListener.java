package com.zongji.adapters.sip;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the stack's events: requests go through the route, responses and timeouts to the legs being
 * placed. Runs on stack threads: whatever goes wrong is logged here and must not reach the stack.
 */
class SignallingListener implements SipListener {

    private static final Logger log = LoggerFactory.getLogger(SignallingListener.class);

    private final RequestRoute route;
    private final SipEndpoint endpoint;
    private final OutboundLegs outbound;
    private final DialogRequests dialogs;

    SignallingListener(RequestRoute route, SipEndpoint endpoint, OutboundLegs outbound, DialogRequests dialogs) {
        this.route = route;
        this.endpoint = endpoint;
        this.outbound = outbound;
        this.dialogs = dialogs;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            route.route(event).ifPresent(reply -> endpoint.reply(event, reply));
        } catch (RuntimeException e) {
            log.warn("Could not handle {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        try {
            outbound.responded(event);
        } catch (RuntimeException e) {
            log.warn("Could not handle response {}", event.getResponse().getStatusCode(), e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        try {
            outbound.timedOut(event);
        } catch (RuntimeException e) {
            log.warn("Could not handle a transaction timeout", e);
        }
    }

    /** Sending failures show as SipExceptions where we send, and as transaction timeouts. */
    @Override
    public void processIOException(IOExceptionEvent event) {
        log.debug("I/O error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        try {
            dialogs.ended(event.getDialog());
        } catch (RuntimeException e) {
            log.warn("Could not handle the end of a dialog", e);
        }
    }
}
