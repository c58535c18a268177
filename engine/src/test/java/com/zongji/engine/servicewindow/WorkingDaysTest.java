package com.zongji.engine.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);

    /** Weekends by the day of the week, plus a few listed days, as the holiday calendar table would say. */
    private static HolidayCalendar calendar(Map<LocalDate, DayKind> listed) {
        return date -> listed.getOrDefault(date,
                date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? DayKind.WEEKEND : DayKind.WORKDAY);
    }

    private final WorkingDays plainWeeks = new WorkingDays(calendar(Map.of()));

    @Test
    void theWorkingDayAfterAFridayIsTheMonday() {
        assertThat(plainWeeks.nextWorkingDayAfter(FRIDAY)).isEqualTo(MONDAY);
    }

    @Test
    void aMakeUpSaturdayIsTheWorkingDayAfterAFriday() {
        WorkingDays withMakeUpSaturday = new WorkingDays(calendar(Map.of(SATURDAY, DayKind.MAKE_UP_WORKDAY)));

        assertThat(withMakeUpSaturday.nextWorkingDayAfter(FRIDAY)).isEqualTo(SATURDAY);
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        WorkingDays withMondayOff = new WorkingDays(calendar(Map.of(MONDAY, DayKind.STATUTORY_HOLIDAY)));

        assertThat(withMondayOff.nextWorkingDayAfter(FRIDAY)).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void countingStartsTheDayAfterANonWorkingDay() {
        assertThat(plainWeeks.addWorkingDays(SATURDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void addingWorkingDaysCountsOnlyWorkingDays() {
        assertThat(plainWeeks.addWorkingDays(FRIDAY, 3)).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void addingNoWorkingDaysKeepsTheDate() {
        assertThat(plainWeeks.addWorkingDays(SATURDAY, 0)).isEqualTo(SATURDAY);
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> plainWeeks.addWorkingDays(FRIDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineKeepsTheBeijingClockTime() {
        ZonedDateTime submitted = FRIDAY.atTime(17, 0).atZone(ShanghaiTime.ZONE);

        assertThat(plainWeeks.addWorkingDays(submitted, 1)).isEqualTo(MONDAY.atTime(17, 0).atZone(ShanghaiTime.ZONE));
    }

    @Test
    void anInstantCountsFromItsBeijingDateNotItsUtcDate() {
        Instant thursdayEveningUtc = LocalDateTime.of(2026, 3, 5, 17, 0).toInstant(ZoneOffset.UTC); // Friday 01:00 in Beijing

        assertThat(plainWeeks.addWorkingDays(thursdayEveningUtc, 1))
                .isEqualTo(MONDAY.atTime(1, 0).atZone(ShanghaiTime.ZONE));
    }

    @Test
    void aTimeGivenInAnotherZoneIsAnsweredInBeijingTime() {
        ZonedDateTime thursdayEveningInLondon = ZonedDateTime.of(2026, 3, 5, 17, 0, 0, 0, ZoneId.of("Europe/London"));

        assertThat(plainWeeks.addWorkingDays(thursdayEveningInLondon, 1).getZone()).isEqualTo(ShanghaiTime.ZONE);
        assertThat(plainWeeks.addWorkingDays(thursdayEveningInLondon, 1).toLocalDate()).isEqualTo(MONDAY);
    }

    @Test
    void aCalendarWithoutWorkingDaysIsReportedRatherThanSearchedForever() {
        WorkingDays neverWorking = new WorkingDays(date -> DayKind.STATUTORY_HOLIDAY);

        assertThatThrownBy(() -> neverWorking.nextWorkingDayAfter(FRIDAY)).isInstanceOf(IllegalStateException.class);
    }
}
