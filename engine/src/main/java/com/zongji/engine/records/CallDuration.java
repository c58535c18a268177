package com.zongji.engine.records;

/** Connected time written the way the CDR shows it: {@code 41秒}, {@code 4分43秒}, {@code 1小时2分3秒}. */
public final class CallDuration {

    private CallDuration() {
    }

    public static String text(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("通话时长不能为负 / a duration cannot be negative: " + seconds);
        }
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        if (hours > 0) {
            return hours + "小时" + minutes + "分" + rest + "秒";
        }
        return minutes > 0 ? minutes + "分" + rest + "秒" : rest + "秒";
    }
}
