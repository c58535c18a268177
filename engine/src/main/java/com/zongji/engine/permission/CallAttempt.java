package com.zongji.engine.permission;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;

/**
 * An employee about to call someone: who is called, what the enterprise allows, and what is left of
 * the employee's monthly minutes and of the enterprise's balance.
 *
 * @param quotaMinutes the employee's monthly minutes (see {@link QuotaResolver}); null when unlimited
 * @param usedMinutes  minutes billed to the employee so far this month
 */
public record CallAttempt(
        CalleeNumber calleeNumber,
        CalleeIdentity calleeKind,
        boolean restrictedToColleaguesAndContacts,
        Integer quotaMinutes,
        int usedMinutes,
        long balanceThousandths) {

    /**
     * How many minutes the call may last at the given price: what the balance pays for, capped by
     * what is left of the monthly quota. Never negative.
     */
    public long minutesAffordableAt(long pricePerMinuteThousandths) {
        if (pricePerMinuteThousandths <= 0) {
            throw new IllegalArgumentException("A price per minute must be positive, was " + pricePerMinuteThousandths);
        }
        long paidFor = Math.max(0, balanceThousandths / pricePerMinuteThousandths);
        if (quotaMinutes == null) {
            return paidFor;
        }
        return Math.max(0, Math.min(paidFor, (long) quotaMinutes - usedMinutes));
    }
}
