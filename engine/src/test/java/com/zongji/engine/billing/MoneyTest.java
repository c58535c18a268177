package com.zongji.engine.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInWholeThousandths() {
        Money perMinute = Money.ofThousandths(96);
        assertThat(perMinute.plus(perMinute).plus(perMinute)).isEqualTo(Money.ofThousandths(288));
        assertThat(Money.ofThousandths(100).minus(perMinute)).isEqualTo(Money.ofThousandths(4));
    }

    @Test
    void showsYuanWithThreeDecimals() {
        assertThat(Money.ofThousandths(96).toYuanString()).isEqualTo("0.096");
        assertThat(Money.ofThousandths(100_000).toYuanString()).isEqualTo("100.000");
        assertThat(Money.ofThousandths(-5).toYuanString()).isEqualTo("-0.005");
    }

    @Test
    void refusesToOverflowSilently() {
        assertThatThrownBy(() -> Money.ofThousandths(Long.MAX_VALUE).plus(Money.ofThousandths(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesAmounts() {
        assertThat(Money.ZERO.isLessThan(Money.ofThousandths(96))).isTrue();
        assertThat(Money.ofThousandths(96).isLessThan(Money.ofThousandths(96))).isFalse();
    }

    @Test
    void readsYuanExactlyIntoThousandths() {
        assertThat(Money.ofYuan("1000.00")).isEqualTo(Money.ofThousandths(1_000_000));
        assertThat(Money.ofYuan("0.1")).isEqualTo(Money.ofThousandths(100));
        assertThatThrownBy(() -> Money.ofYuan("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("十元")).isInstanceOf(IllegalArgumentException.class);
    }
}
