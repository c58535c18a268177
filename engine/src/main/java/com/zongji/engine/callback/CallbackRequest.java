package com.zongji.engine.callback;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;

/**
 * An employee asking to be connected to someone: exactly one of a number as dialled, a colleague or an
 * external contact.
 */
public record CallbackRequest(long enterpriseId, long employeeId, String number, Long colleagueId, Long contactId) {

    public CallbackRequest {
        int given = (number == null || number.isBlank() ? 0 : 1) + (colleagueId == null ? 0 : 1) + (contactId == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("请指定一个被叫：号码、同事或外部联系人之一 / give exactly one of number, colleagueId, contactId");
        }
    }

    /** Whom the call is for: the number leg B rings (national form where it is a mainland number). */
    record Resolved(String number, CalleeNumber international, CalleeIdentity identity, Long employeeId, Long contactId) {
    }
}
