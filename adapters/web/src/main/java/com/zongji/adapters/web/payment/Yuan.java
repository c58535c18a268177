package com.zongji.adapters.web.payment;

import com.zongji.engine.billing.Money;
import java.math.BigDecimal;

/** Yuan as people and payment providers write them ("1000.00"), read exactly into thousandths. */
final class Yuan {

    private Yuan() {
    }

    static Money parse(String yuan) {
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
            return Money.ofThousandths(amount.movePointRight(3).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额 '" + yuan + "' 过大 (amount too large)");
        }
    }
}
