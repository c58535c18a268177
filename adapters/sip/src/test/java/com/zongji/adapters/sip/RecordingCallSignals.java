package com.zongji.adapters.sip;

import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.InboundOffer;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.Prompt;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The engine's side, recorded as lines such as {@code "failed 7/A BUSY"}; inbound offers decided by the test. */
final class RecordingCallSignals implements CallSignals {

    final List<String> events = new CopyOnWriteArrayList<>();
    volatile Function<InboundOffer, InboundAdmission> admission =
            offer -> InboundAdmission.refused(404, "Not expected");

    @Override
    public InboundAdmission inboundCall(InboundOffer offer) {
        events.add("inboundCall " + offer.officeNumber() + " from " + offer.callerNumber());
        return admission.apply(offer);
    }

    @Override
    public void ringing(LegRef leg) {
        events.add("ringing " + leg);
    }

    @Override
    public void answered(LegRef leg) {
        events.add("answered " + leg);
    }

    @Override
    public void failed(LegRef leg, LegFailure failure) {
        events.add("failed " + leg + " " + failure);
    }

    @Override
    public void hungUp(LegRef leg) {
        events.add("hungUp " + leg);
    }

    @Override
    public void promptFinished(LegRef leg, Prompt prompt) {
        events.add("promptFinished " + leg + " " + prompt.recording());
    }

    @Override
    public void digitsCollected(LegRef leg, String digits) {
        events.add("digitsCollected " + leg + " " + digits);
    }
}
