package com.zongji.engine.billing;

/** An amount in integer thousandths of a yuan (厘); never a floating-point number. */
public record Money(long thousandths) {

    public static final Money ZERO = new Money(0);

    public static Money ofThousandths(long thousandths) {
        return new Money(thousandths);
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
        return java.math.BigDecimal.valueOf(thousandths, 3).toPlainString();
    }
}
