package com.zongji.engine.billing;

import java.math.BigDecimal;

/** An amount in integer thousandths of a yuan (厘); never a floating-point number. */
public record Money(long thousandths) {

    public static final Money ZERO = new Money(0);

    public static Money ofThousandths(long thousandths) {
        return new Money(thousandths);
    }

    /** A positive amount as people and payment providers write it ("1000.00"), read exactly: at most 2 decimals. */
    public static Money ofYuan(String yuan) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(yuan.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("金额 '" + yuan + "' 不是数字 (not an amount in yuan)");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("金额 '" + yuan + "' 最多两位小数 (at most 2 decimals)");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("金额必须大于零 (amount must be positive)");
        }
        try {
            return new Money(amount.movePointRight(3).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额 '" + yuan + "' 过大 (amount too large)");
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(thousandths, other.thousandths));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(thousandths, other.thousandths));
    }

    public boolean isLessThan(Money other) {
        return thousandths < other.thousandths;
    }

    /** Yuan with three decimals, e.g. {@code 12.345}, for display and export. */
    public String toYuanString() {
        return BigDecimal.valueOf(thousandths, 3).toPlainString();
    }
}
