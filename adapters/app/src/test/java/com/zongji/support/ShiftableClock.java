package com.zongji.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's clock in tests: real time, moved by an offset a test sets (to place a call on a holiday,
 * say) and must reset. Time keeps running, so timers and timeouts behave as in production.
 */
public final class ShiftableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Shifts the clock so that it reads {@code at} now. */
    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The engine reads UTC and converts explicitly");
    }
}
