package com.zongji.engine.servicewindow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {

    @Test
    void serviceMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new ServiceHours(LocalTime.of(18, 0), LocalTime.of(9, 0), false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceHours(LocalTime.of(9, 0), LocalTime.of(9, 0), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
