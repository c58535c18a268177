package com.zongji.engine.call;

public enum CallStatus {
    /** Legs are being placed: the employee's mobile, then the callee (or an inbound call being admitted). */
    SETTING_UP,
    /** An inbound call answered by the engine: announcements, IVR, ringing an employee. */
    IN_FLOW,
    /** Two phones connected: the billed part of a call. */
    BRIDGED,
    /** Over after a normal end; billed for its bridged time, if any. */
    ENDED,
    /** Over because the called side did not take it (busy, no answer, declined). */
    MISSED,
    /** Over because it could not be set up (refused, trunk failure, the employee did not take leg A). */
    FAILED;

    public boolean isOpen() {
        return this == SETTING_UP || this == IN_FLOW || this == BRIDGED;
    }
}
