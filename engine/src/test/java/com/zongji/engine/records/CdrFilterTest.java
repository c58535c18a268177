package com.zongji.engine.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CdrFilterTest {

    @Test
    void theDaysAreBeijingCalendarDaysBothIncluded() {
        CdrFilter november = filter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(november.startsAt()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.endsBefore()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void oneDayIsTwentyFourHoursFromBeijingMidnight() {
        CdrFilter day = filter(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3));

        assertThat(day.startsAt()).isEqualTo(Instant.parse("2026-11-02T16:00:00Z"));
        assertThat(day.endsBefore()).isEqualTo(Instant.parse("2026-11-03T16:00:00Z"));
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> filter(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("晚于");
    }

    @Test
    void bothDaysAreNeeded() {
        assertThatThrownBy(() -> filter(null, LocalDate.of(2026, 11, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static CdrFilter filter(LocalDate from, LocalDate to) {
        return new CdrFilter(1, from, to, null, null, null, null, null);
    }
}
