package com.zongji.engine.call;

public enum LegState {
    DIALLING,
    RINGING,
    ANSWERED,
    ENDED,
    FAILED
}
