package com.zongji.rules.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.servicewindow.DayKind;
import com.zongji.engine.servicewindow.ShanghaiTime;
import com.zongji.engine.servicewindow.WorkingDays;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HolidayCalendarTableTest {

    private static HolidayCalendarTable calendar;
    private static WorkingDays workingDays;

    @BeforeAll
    static void activateShippedCalendar() {
        calendar = activated().calendar();
        workingDays = new WorkingDays(calendar);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        LocalDate springFestivalMakeUp = LocalDate.of(2026, 2, 14);

        assertThat(calendar.dayKind(springFestivalMakeUp)).isEqualTo(DayKind.MAKE_UP_WORKDAY);
        assertThat(calendar.isWorkingDay(springFestivalMakeUp)).isTrue();
    }

    @Test
    void aMakeUpSundayIsAWorkingDay() {
        assertThat(calendar.dayKind(LocalDate.of(2026, 9, 20))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    }

    @Test
    void aHolidayWeekdayIsNoWorkingDay() {
        LocalDate nationalDayFriday = LocalDate.of(2026, 10, 2);

        assertThat(calendar.dayKind(nationalDayFriday)).isEqualTo(DayKind.STATUTORY_HOLIDAY);
        assertThat(calendar.isWorkingDay(nationalDayFriday)).isFalse();
    }

    @Test
    void aSaturdayInsideAHolidayIsAHolidayRatherThanAWeekend() {
        assertThat(calendar.dayKind(LocalDate.of(2026, 10, 3))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    }

    @Test
    void unlistedDatesFollowTheirDayOfTheWeek() {
        assertThat(calendar.dayKind(LocalDate.of(2026, 3, 2))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.dayKind(LocalDate.of(2026, 3, 7))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.dayKind(LocalDate.of(2026, 3, 8))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void aReviewSubmittedBeforeNationalDayIsDueOnTheFirstWorkingDayAfterIt() {
        ZonedDateTime submitted = beijing("2026-09-30T17:00");

        assertThat(workingDays.addWorkingDays(submitted, 1)).isEqualTo(beijing("2026-10-08T17:00"));
    }

    @Test
    void aReviewSubmittedTheFridayBeforeAMakeUpSaturdayIsDueThatSaturday() {
        assertThat(workingDays.nextWorkingDayAfter(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aReviewSubmittedAsAUtcInstantCountsFromItsBeijingDate() {
        Instant submitted = Instant.parse("2026-10-09T16:30:00Z"); // Saturday 2026-10-10 00:30 in Beijing

        assertThat(workingDays.addWorkingDays(submitted, 1)).isEqualTo(beijing("2026-10-12T00:30"));
    }

    @Test
    void aCalendarFailingItsOwnExamplesIsRejectedAndTheActiveOneStillDecides() {
        Activated tables = activated();
        byte[] makeUpDayDropped = WorkbookCells.edit(WorkbookCells.shipped("holiday-calendar"),
                "Calendar", "2026-10-10", 1, "STATUTORY_HOLIDAY");

        assertThatThrownBy(() -> tables.active().activate("holiday-calendar", makeUpDayDropped))
                .isInstanceOf(RuleTableRejected.class)
                .satisfies(e -> assertThat(((RuleTableRejected) e).problems())
                        .singleElement().asString().contains("Examples row", "2026-10-10"));
        assertThat(tables.calendar().dayKind(LocalDate.of(2026, 10, 10))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    }

    @Test
    void aDayOfTheWeekThatIsNoNumberIsRejected() {
        Activated tables = activated();
        byte[] weekendInWords = WorkbookCells.edit(WorkbookCells.shipped("holiday-calendar"),
                "Calendar", "6, 7", 0, "六, 日");

        assertThatThrownBy(() -> tables.active().activate("holiday-calendar", weekendInWords))
                .isInstanceOf(RuleTableRejected.class);
        assertThat(tables.calendar().dayKind(LocalDate.of(2026, 3, 7))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void aListedDateThatDoesNotExistIsRejected() {
        Activated tables = activated();
        byte[] impossibleDate = WorkbookCells.edit(WorkbookCells.shipped("holiday-calendar"),
                "Calendar", "2026-06-21", 0, "2026-06-31");

        assertThatThrownBy(() -> tables.active().activate("holiday-calendar", impossibleDate))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("2026-06-31");
        assertThat(tables.calendar().dayKind(LocalDate.of(2026, 6, 21))).isEqualTo(DayKind.STATUTORY_HOLIDAY);
    }

    private static ZonedDateTime beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ShanghaiTime.ZONE);
    }

    private record Activated(ActiveRuleTables active, HolidayCalendarTable calendar) {
    }

    private static Activated activated() {
        LazyTables lazy = new LazyTables();
        HolidayCalendarTable table = new HolidayCalendarTable(lazy);
        return new Activated(lazy.set(new ActiveRuleTables(List.of(table), new DecisionTableCompiler())), table);
    }
}
