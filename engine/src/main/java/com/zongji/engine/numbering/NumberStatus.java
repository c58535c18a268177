package com.zongji.engine.numbering;

public enum NumberStatus {
    FREE,
    RESERVED,
    ASSIGNED
}
