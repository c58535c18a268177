package com.zongji.adapters.sip;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPMessageValve;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import javax.sip.SipStack;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops, before the stack sees it, an ACK whose top Via has no branch and which matches no transaction or
 * dialog. RFC 3261 discards an ACK that matches nothing (section 17.2.3); the stack instead looks its missing
 * branch up in a map and logs a NullPointerException with the whole datagram, which a sender could repeat to
 * fill the disks. Named in the stack property {@code gov.nist.javax.sip.SIP_MESSAGE_VALVE}.
 */
public class StrayAckValve implements SIPMessageValve {

    private static final Logger log = LoggerFactory.getLogger(StrayAckValve.class);

    private volatile SIPTransactionStack stack;

    @Override
    public void init(SipStack sipStack) {
        stack = (SIPTransactionStack) sipStack;
    }

    @Override
    public boolean processRequest(SIPRequest request, MessageChannel channel) {
        if (!Request.ACK.equals(request.getMethod()) || request.getTopmostVia() == null
                || request.getTopmostVia().getBranch() != null || stack.findTransaction(request, true) != null
                || stack.getDialog(request.getDialogId(true)) != null) {
            return true;
        }
        log.debug("Dropped an ACK without a Via branch matching nothing: {}", request.getCallId());
        return false;
    }

    @Override
    public boolean processResponse(Response response, MessageChannel channel) {
        return true;
    }

    @Override
    public void destroy() {
        stack = null;
    }
}
