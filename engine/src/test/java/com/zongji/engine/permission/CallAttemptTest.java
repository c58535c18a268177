package com.zongji.engine.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;
import org.junit.jupiter.api.Test;

class CallAttemptTest {

    private static final long PRICE = 96;

    @Test
    void theBalancePaysForWholeMinutesOnly() {
        assertThat(attempt(null, 0, 960).minutesAffordableAt(PRICE)).isEqualTo(10);
        assertThat(attempt(null, 0, 1055).minutesAffordableAt(PRICE)).isEqualTo(10);
        assertThat(attempt(null, 0, 95).minutesAffordableAt(PRICE)).isZero();
    }

    @Test
    void theMinutesLeftOfTheQuotaCapTheCall() {
        assertThat(attempt(30, 25, 9600).minutesAffordableAt(PRICE)).isEqualTo(5);
        assertThat(attempt(30, 0, 960).minutesAffordableAt(PRICE)).isEqualTo(10);
    }

    @Test
    void aQuotaAlreadyExceededOrANegativeBalanceAffordsNothing() {
        assertThat(attempt(30, 45, 9600).minutesAffordableAt(PRICE)).isZero();
        assertThat(attempt(null, 0, -500).minutesAffordableAt(PRICE)).isZero();
    }

    @Test
    void aPriceMustBePositive() {
        assertThatThrownBy(() -> attempt(null, 0, 960).minutesAffordableAt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CallAttempt attempt(Integer quota, int used, long balance) {
        return new CallAttempt(CalleeNumber.dialled("13800138000"), CalleeIdentity.OTHER, false, quota, used, balance);
    }
}
