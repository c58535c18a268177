package com.zongji.engine.enterprise;

/** Where an enterprise stands on its way to an open account. */
public enum EnterpriseStatus {
    APPLYING,
    /** The eligibility table refused the application; the admin may apply again with other data. */
    REFUSED,
    UNDER_REVIEW,
    /** The carrier's reviewer rejected the application with a reason; the admin corrects and resubmits. */
    REJECTED,
    SELECTING_NUMBER,
    OPEN,
    CLOSED
}
