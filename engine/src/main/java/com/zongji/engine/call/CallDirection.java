package com.zongji.engine.call;

public enum CallDirection {
    /** An employee's callback call: the platform rings the employee, then the callee. */
    OUTBOUND,
    /** An outside caller dialled the enterprise's office number. */
    INBOUND
}
