package com.zongji.engine.servicewindow;

/** What the holiday calendar says a date is. A make-up workday (调休上班) is a weekend day worked instead of a holiday. */
public enum DayKind {
    WORKDAY(true),
    WEEKEND(false),
    STATUTORY_HOLIDAY(false),
    MAKE_UP_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
