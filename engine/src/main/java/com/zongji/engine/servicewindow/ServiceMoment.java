package com.zongji.engine.servicewindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The facts a service-window decision reads: a Beijing date and time, what the calendar calls that date, the hours that apply. */
public record ServiceMoment(LocalDate date, LocalTime time, DayKind dayKind, ServiceHours hours) {

    public static ServiceMoment at(LocalDateTime beijingTime, DayKind dayKind, ServiceHours hours) {
        return new ServiceMoment(beijingTime.toLocalDate(), beijingTime.toLocalTime(), dayKind, hours);
    }
}
