package com.zongji.rules.billing;

/** The recharge-bonus table's decision: the bonus as whole percent of the recharged amount. */
public record BonusRate(int percent) {
}
