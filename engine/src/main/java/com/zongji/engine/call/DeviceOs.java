package com.zongji.engine.call;

/** The callee phone's operating system; {@code UNKNOWN} when the platform has not seen the phone. */
public enum DeviceOs {
    ANDROID,
    IOS,
    UNKNOWN
}
