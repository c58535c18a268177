package com.zongji.engine.call;

/**
 * Why an inbound caller goes straight to an employee instead of the IVR.
 *
 * @param kind         {@link Kind#MISSED_CALL_CALLBACK}: the employee called this number recently and it
 *                     was not answered; {@link Kind#ACCOUNT_MANAGER}: the caller is an external contact
 *                     the employee manages
 * @param minutesAgo   for a callback, whole minutes since the employee's unanswered call; else 0
 */
public record SmartRoute(Kind kind, long employeeId, String employeeName, long minutesAgo) {

    public enum Kind {
        MISSED_CALL_CALLBACK,
        ACCOUNT_MANAGER
    }
}
