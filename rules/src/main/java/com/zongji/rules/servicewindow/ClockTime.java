package com.zongji.rules.servicewindow;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a wall-clock time as analysts type it in a workbook: {@code 9:00}, {@code 09:00} or {@code 09:00:30}. */
public final class ClockTime {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private ClockTime() {
    }

    public static LocalTime parse(String text) {
        try {
            return LocalTime.parse(text.trim(), WRITTEN);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' 不是形如 09:00 的时刻 (not a time of day like 09:00)", e);
        }
    }
}
