package com.zongji.engine.call;

/** Why a call ended, and the status that leaves it in. */
public enum CallEnd {
    /** A connected call ended by either side. */
    HUNG_UP(CallStatus.ENDED),
    /** Cut when the employee's minutes or the enterprise's balance ran out. */
    CUT_AT_LIMIT(CallStatus.ENDED),
    /** The employee hung up leg A before the callee answered. */
    EMPLOYEE_HUNG_UP_EARLY(CallStatus.FAILED),
    EMPLOYEE_BUSY(CallStatus.FAILED),
    EMPLOYEE_NO_ANSWER(CallStatus.FAILED),
    EMPLOYEE_REJECTED(CallStatus.FAILED),
    CALLEE_BUSY(CallStatus.MISSED),
    CALLEE_NO_ANSWER(CallStatus.MISSED),
    CALLEE_REJECTED(CallStatus.MISSED),
    TRUNK_FAILURE(CallStatus.FAILED),
    /** Not enough balance for a first slice when a leg was about to be placed. */
    NO_BALANCE(CallStatus.FAILED),
    /** An inbound caller hung up before anyone took the call. */
    CALLER_HUNG_UP(CallStatus.ENDED),
    /** An inbound call's flow ended it (closed announcement, nobody to take it, …). */
    FLOW_ENDED(CallStatus.ENDED),
    /** Left open by a node that stopped or died; closed at its last stored state. */
    CLOSED_AFTER_NODE_LOSS(CallStatus.ENDED);

    private final CallStatus status;

    CallEnd(CallStatus status) {
        this.status = status;
    }

    public CallStatus status() {
        return status;
    }

    /** The end reason for a leg that failed: {@code A} fails as the employee's, others as the callee's. */
    public static CallEnd ofFailedLeg(String legName, LegFailure failure) {
        if (failure == LegFailure.TRUNK_FAILURE) {
            return TRUNK_FAILURE;
        }
        boolean employee = LegRef.A.equals(legName);
        return switch (failure) {
            case BUSY -> employee ? EMPLOYEE_BUSY : CALLEE_BUSY;
            case NO_ANSWER -> employee ? EMPLOYEE_NO_ANSWER : CALLEE_NO_ANSWER;
            default -> employee ? EMPLOYEE_REJECTED : CALLEE_REJECTED;
        };
    }
}
