package com.zongji.engine.servicewindow;

/**
 * Whether manual service answers now, with the service-window table's reason code: {@code OPEN}, or why
 * it is closed ({@code OUTSIDE_HOURS}, {@code WEEKEND}, {@code HOLIDAY}).
 */
public record ServiceWindowDecision(boolean open, String reasonCode) {
}
