package com.zongji.engine.permission;

/**
 * The answer to a call attempt. {@code reasonCode} is stable for programs (e.g. {@code QUOTA_USED_UP});
 * {@code message} is the text to show the employee (e.g. 本月通话分钟数已用完). When allowed,
 * {@code allowedMinutes} is how long the call may last before it is cut and {@code pricePerMinute} what each
 * started minute costs (thousandths of a yuan, the table's tariff); both zero when refused.
 */
public record PermissionDecision(
        boolean allowed, String reasonCode, String message, long allowedMinutes, long pricePerMinute) {

    public static PermissionDecision permitted(String reasonCode, String message, long allowedMinutes, long pricePerMinute) {
        return new PermissionDecision(true, reasonCode, message, allowedMinutes, pricePerMinute);
    }

    public static PermissionDecision refused(String reasonCode, String message) {
        return new PermissionDecision(false, reasonCode, message, 0, 0);
    }
}
