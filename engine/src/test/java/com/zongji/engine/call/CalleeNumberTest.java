package com.zongji.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalleeNumberTest {

    @Test
    void aDomesticMobileGainsTheCountryCode() {
        assertThat(CalleeNumber.dialled("138 0013 8000").international()).isEqualTo("8613800138000");
    }

    @Test
    void aDomesticFixedLineLosesItsTrunkPrefix() {
        assertThat(CalleeNumber.dialled("010-8888 6666").international()).isEqualTo("861088886666");
        assertThat(CalleeNumber.dialled("(0571) 8888.6666").international()).isEqualTo("8657188886666");
    }

    @Test
    void plusEightySixAndZeroZeroEightySixMeanTheSameAsDomestic() {
        assertThat(CalleeNumber.dialled("+86 10 8888 6666")).isEqualTo(CalleeNumber.dialled("010 8888 6666"));
        assertThat(CalleeNumber.dialled("0086 10 8888 6666")).isEqualTo(CalleeNumber.dialled("010 8888 6666"));
        assertThat(CalleeNumber.dialled("+86 (0)10 8888 6666")).isEqualTo(CalleeNumber.dialled("010 8888 6666"));
        assertThat(CalleeNumber.dialled("+8613800138000")).isEqualTo(CalleeNumber.dialled("13800138000"));
    }

    @Test
    void otherCountriesKeepTheirOwnCountryCode() {
        assertThat(CalleeNumber.dialled("+852 2123 4567").international()).isEqualTo("85221234567");
        assertThat(CalleeNumber.dialled("001 650 253 0000").international()).isEqualTo("16502530000");
        assertThat(CalleeNumber.dialled("+886 2 2345 6789").international()).isEqualTo("886223456789");
    }

    @Test
    void shortServiceNumbersStayAsTheyAre() {
        assertThat(CalleeNumber.dialled("95588").international()).isEqualTo("8695588");
        assertThat(CalleeNumber.dialled("110").international()).isEqualTo("86110");
    }

    @Test
    void somethingThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> CalleeNumber.dialled("call me")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalleeNumber.dialled("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalleeNumber.dialled("+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalleeNumber.dialled("00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalleeNumber.dialled(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
