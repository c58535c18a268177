package com.zongji.engine.servicewindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic over the holiday calendar, for deadlines such as "reviewed within 1 working
 * day". Counting starts on the day after the start date, whatever that date is, so a review submitted
 * on Friday evening or during a holiday is due on the first working day that follows, at the same
 * Beijing clock time.
 */
@Service
public class WorkingDays {

    /** A calendar without a single working day in a year is broken, not a reason to loop forever. */
    private static final int SEARCH_LIMIT_DAYS = 366;

    private final HolidayCalendar calendar;

    public WorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate day = date;
        for (int searched = 0; searched < SEARCH_LIMIT_DAYS; searched++) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("The holiday calendar has no working day in the year after " + date);
    }

    /** The {@code days}-th working day after {@code date}; zero days is the date itself. */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        LocalDate day = date;
        for (int added = 0; added < days; added++) {
            day = nextWorkingDayAfter(day);
        }
        return day;
    }

    /** The same Beijing clock time on the {@code days}-th working day after the Beijing date of {@code start}. */
    public ZonedDateTime addWorkingDays(Instant start, int days) {
        return addWorkingDays(ShanghaiTime.of(start), days);
    }

    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        ZonedDateTime beijing = ShanghaiTime.of(start);
        return beijing.with(addWorkingDays(beijing.toLocalDate(), days));
    }
}
