package com.zongji.engine.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallDurationTest {

    @Test
    void underAMinuteIsSecondsOnly() {
        assertThat(CallDuration.text(41)).isEqualTo("41秒");
        assertThat(CallDuration.text(0)).isEqualTo("0秒");
    }

    @Test
    void minutesAndSecondsAsTheBriefWritesThem() {
        assertThat(CallDuration.text(283)).isEqualTo("4分43秒");
        assertThat(CallDuration.text(60)).isEqualTo("1分0秒");
    }

    @Test
    void anHourOrMoreNamesTheHours() {
        assertThat(CallDuration.text(3723)).isEqualTo("1小时2分3秒");
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> CallDuration.text(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
