package com.zongji.engine.servicewindow;

import java.time.LocalDate;

/** The statutory holiday calendar (mainland China): weekends, holidays and make-up workdays by date. */
public interface HolidayCalendar {

    DayKind dayKind(LocalDate date);

    default boolean isWorkingDay(LocalDate date) {
        return dayKind(date).isWorking();
    }
}
