package com.zongji.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MainlandNumberTest {

    @Test
    void aMobileIsToldByItsFirstSevenDigits() {
        MainlandNumber mobile = MainlandNumber.read("+86 186 2700 0001").orElseThrow();

        assertThat(mobile.national()).isEqualTo("18627000001");
        assertThat(mobile.mobile()).isTrue();
        assertThat(mobile.homeRegionPrefix()).contains("1862700");
    }

    @Test
    void beijingAndTheTwentiesHaveThreeDigitAreaCodes() {
        assertThat(MainlandNumber.read("010-8888 6600").orElseThrow().homeRegionPrefix()).contains("010");
        assertThat(MainlandNumber.read("0086 (0)27 8765 4321").orElseThrow().homeRegionPrefix()).contains("027");
    }

    @Test
    void otherAreaCodesHaveFourDigits() {
        MainlandNumber enshi = MainlandNumber.read("+86 718 888 1234").orElseThrow();

        assertThat(enshi.national()).isEqualTo("07188881234");
        assertThat(enshi.homeRegionPrefix()).contains("0718");
    }

    @Test
    void aNumberOutsideMainlandChinaIsNoMainlandNumber() {
        assertThat(MainlandNumber.read("+852 9123 4567")).isEmpty();
    }

    @Test
    void aServiceNumberHasNoHomeRegion() {
        assertThat(MainlandNumber.read("10086").orElseThrow().homeRegionPrefix()).isEmpty();
    }

    @Test
    void lettersAreRefused() {
        assertThatThrownBy(() -> MainlandNumber.read("027-DINGDING")).isInstanceOf(IllegalArgumentException.class);
    }
}
