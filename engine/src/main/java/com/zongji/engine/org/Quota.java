package com.zongji.engine.org;

/** Monthly call minutes as an admin sets them: none (null) or a whole number of minutes, never negative. */
final class Quota {

    private Quota() {
    }

    static Integer checked(Integer minutes) {
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("每月分钟数不能为负 / Monthly minutes cannot be negative: " + minutes);
        }
        return minutes;
    }
}
