package com.zongji.rules.billing;

/** The fact the recharge-bonus table reads: a recharged amount in thousandths of a yuan. */
public record RechargedAmount(long thousandths) {
}
