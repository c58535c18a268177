package com.zongji.engine.servicewindow;

import java.time.LocalTime;

/**
 * When an enterprise's manual service answers: from {@code opens} (open at that minute) until
 * {@code closes} (closed from that minute on), Beijing time, and whether it answers on weekends and
 * on statutory holidays. Make-up workdays are workdays, not weekends.
 */
public record ServiceHours(LocalTime opens, LocalTime closes, boolean servesWeekends, boolean servesHolidays) {

    public ServiceHours {
        if (opens == null || closes == null) {
            throw new IllegalArgumentException("服务开始和结束时间都必须填写 (opening and closing times are both required)");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("服务开始时间必须早于结束时间 (service must open before it closes): " + opens + "–" + closes);
        }
    }
}
