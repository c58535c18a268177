package com.zongji.engine.call;

/** The CDR's 被叫身份 column. */
public enum CalleeIdentity {
    COLLEAGUE,
    EXTERNAL_CONTACT,
    OTHER
}
