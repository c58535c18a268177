package com.zongji.rules.servicewindow;

import com.zongji.engine.servicewindow.DayKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Reads the text of an Examples cell as the value it stands for, or says plainly what it should look like. */
final class ExampleValues {

    private ExampleValues() {
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' 不是形如 2026-10-01 的日期 (not a date like 2026-10-01)", e);
        }
    }

    static LocalTime time(String text) {
        return ClockTime.parse(text);
    }

    static boolean yesOrNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' 应为 true 或 false (neither true nor false)");
        };
    }

    static DayKind dayKind(String text) {
        try {
            return DayKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' 不是日类型 (not a day kind), 应为 " + Arrays.toString(DayKind.values()), e);
        }
    }
}
