package com.zongji.engine.servicewindow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Business rules read clocks and calendars in Beijing time, whatever zone a server or caller runs in. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    public static ZonedDateTime of(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static ZonedDateTime of(ZonedDateTime time) {
        return time.withZoneSameInstant(ZONE);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
