package com.zongji.engine.call;

/**
 * The number the employee's mobile shows when the platform rings it, and why: {@code reasonCode}
 * names the situation the table decided on, e.g. {@code SAME_REGION}, {@code OTHER_REGION},
 * {@code UNKNOWN_REGION}.
 */
public record LegADisplay(String number, String reasonCode) {
}
