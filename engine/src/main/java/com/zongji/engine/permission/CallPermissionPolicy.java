package com.zongji.engine.permission;

/**
 * Decides whether an employee may start a call, before any leg is placed. Implemented by the
 * {@code call-permissions} decision table; the reason code and text go back to the employee.
 */
public interface CallPermissionPolicy {

    PermissionDecision decide(CallAttempt attempt);
}
