package com.zongji.engine.call;

/**
 * The flow an inbound call follows once the engine has answered it: the {@code inbound-call} BPMN
 * (service window, smart routing, IVR, manual service). The engine starts it and forwards what happens
 * on the call's legs; the flow acts through {@link InboundCallSteps}.
 */
public interface InboundCallFlow {

    void start(InboundCallStarted call);

    void promptFinished(long callId);

    /** Keys gathered after {@link InboundCallSteps#collectDigits}; empty when nothing was pressed in time. */
    void digitsCollected(long callId, String digits);

    /** The employee rung by {@link InboundCallSteps#ring} answered; the caller is connected to them. */
    void ringAnswered(long callId);

    void ringFailed(long callId, LegFailure failure);

    /** The call is over (the caller or the connected employee hung up): whatever the flow was doing ends. */
    void callEnded(long callId);
}
