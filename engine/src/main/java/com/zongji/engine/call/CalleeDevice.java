package com.zongji.engine.call;

/**
 * What the platform knows of the callee's phone: its operating system, whether the company's app is
 * installed on it, and whether the callee is a colleague of the caller.
 */
public record CalleeDevice(DeviceOs os, boolean appInstalled, boolean colleague) {
}
