package com.zongji.engine.records;

import com.zongji.engine.billing.Money;

/** How many calls, how many billed minutes and what they cost. */
public record CallTotals(long calls, long billedMinutes, Money cost) {

    public static final CallTotals NONE = new CallTotals(0, 0, Money.ZERO);

    public CallTotals plus(CallTotals other) {
        return new CallTotals(calls + other.calls, billedMinutes + other.billedMinutes, cost.plus(other.cost));
    }
}
