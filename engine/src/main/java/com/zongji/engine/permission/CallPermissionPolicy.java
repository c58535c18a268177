package com.zongji.engine.permission;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;
import java.util.OptionalLong;

/**
 * Decides whether an employee may start a call, before any leg is placed. Implemented by the
 * {@code call-permissions} decision table; the reason code and text go back to the employee.
 */
public interface CallPermissionPolicy {

    PermissionDecision decide(CallAttempt attempt);

    /**
     * The table's price per started minute to a number, for legs no employee asked for (an inbound call
     * forwarded to a mobile); empty when the number may not be called at all.
     */
    default OptionalLong pricePerMinute(CalleeNumber number) {
        PermissionDecision unlimited = decide(new CallAttempt(number, CalleeIdentity.OTHER, false, null, 0, Long.MAX_VALUE));
        return unlimited.allowed() ? OptionalLong.of(unlimited.pricePerMinute()) : OptionalLong.empty();
    }
}
