package com.zongji.engine.enterprise;

/** Where an enterprise stands on its way to an open account. */
public enum EnterpriseStatus {
    APPLYING,
    UNDER_REVIEW,
    SELECTING_NUMBER,
    OPEN,
    CLOSED
}
