package com.zongji.rules.servicewindow;

import java.time.LocalDate;

/** The holiday calendar's fact: a date and its ISO day of the week (1 = Monday … 7 = Sunday). */
public record CalendarDate(LocalDate date, int dayOfWeek) {

    public static CalendarDate of(LocalDate date) {
        return new CalendarDate(date, date.getDayOfWeek().getValue());
    }
}
