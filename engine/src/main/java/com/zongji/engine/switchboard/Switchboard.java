package com.zongji.engine.switchboard;

import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.InboundOffer;
import com.zongji.engine.call.LegEvents;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.LiveCalls;
import com.zongji.engine.call.Prompt;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.callback.Callbacks;
import com.zongji.engine.inbound.InboundCalls;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where signalling meets the engine: each leg event is queued on its call's worker and handled by the
 * service running that kind of call. Events for a call this node no longer holds (it ended, or ran on a
 * node that has since restarted) hang up the leg they came from.
 */
@Service
public class Switchboard implements CallSignals {

    private static final Logger log = LoggerFactory.getLogger(Switchboard.class);

    private final Callbacks callbacks;
    private final InboundCalls inbound;
    private final LiveCalls live;
    private final Telephony telephony;

    public Switchboard(Callbacks callbacks, InboundCalls inbound, LiveCalls live, Telephony telephony) {
        this.callbacks = callbacks;
        this.inbound = inbound;
        this.live = live;
        this.telephony = telephony;
    }

    @Override
    public InboundAdmission inboundCall(InboundOffer offer) {
        try {
            return inbound.admit(offer);
        } catch (RuntimeException e) {
            log.error("Could not admit a call to {} from {}", offer.officeNumber(), offer.callerNumber(), e);
            return InboundAdmission.refused(500, "Server Internal Error");
        }
    }

    @Override
    public void ringing(LegRef leg) {
        dispatch(leg, events -> events.ringing(leg));
    }

    @Override
    public void answered(LegRef leg) {
        dispatch(leg, events -> events.answered(leg));
    }

    @Override
    public void failed(LegRef leg, LegFailure failure) {
        dispatch(leg, events -> events.failed(leg, failure));
    }

    @Override
    public void hungUp(LegRef leg) {
        dispatch(leg, events -> events.hungUp(leg));
    }

    @Override
    public void promptFinished(LegRef leg, Prompt prompt) {
        dispatch(leg, events -> events.promptFinished(leg, prompt));
    }

    @Override
    public void digitsCollected(LegRef leg, String digits) {
        dispatch(leg, events -> events.digitsCollected(leg, digits));
    }

    private void dispatch(LegRef leg, Consumer<LegEvents> event) {
        live.run(leg.callId(), () -> live.get(leg.callId()).ifPresentOrElse(
                call -> event.accept(call.direction == CallDirection.OUTBOUND ? callbacks : inbound),
                () -> telephony.hangUp(leg)));
    }
}
