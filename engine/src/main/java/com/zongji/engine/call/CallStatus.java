package com.zongji.engine.call;

public enum CallStatus {
    SETTING_UP,
    BRIDGED,
    ENDED,
    MISSED,
    FAILED
}
