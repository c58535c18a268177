package com.zongji.engine.call;

import java.time.Duration;

/**
 * How to gather keys pressed on a leg (RFC 4733 telephone-events or SIP INFO). Collection starts when
 * the command is given; keys pressed since the previous collection on the leg (while a prompt played, say)
 * count first, as typed ahead. It ends with the first of: a key in
 * {@code immediate} pressed first (alone, e.g. 0 for manual service), {@code maxDigits} keys, a key in
 * {@code terminators} (not part of the result), {@code firstDigitTimeout} without any key, or
 * {@code interDigitTimeout} after the last key. The result is reported once, possibly empty.
 */
public record DigitCollection(
        int maxDigits, Duration firstDigitTimeout, Duration interDigitTimeout, String terminators, String immediate) {

    public DigitCollection {
        if (maxDigits < 1) {
            throw new IllegalArgumentException("maxDigits must be at least 1, was " + maxDigits);
        }
    }
}
