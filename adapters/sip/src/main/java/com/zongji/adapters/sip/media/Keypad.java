package com.zongji.adapters.sip.media;

import com.zongji.engine.call.DigitCollection;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The keys pressed on one leg and the digit collection in progress, following {@link DigitCollection}:
 * keys pressed while nothing collects are kept as type-ahead and count first in the next collection.
 * Timeouts run on a shared scheduler; results are handed to {@code events}, never run under the lock.
 */
final class Keypad {

    /** Enough for any extension plus a terminator; older keys give way to newer ones. */
    private static final int TYPE_AHEAD_LIMIT = 32;

    private final ScheduledExecutorService clock;
    private final Executor events;
    private final Deque<Character> typedAhead = new ArrayDeque<>();
    private Collecting collecting;

    Keypad(ScheduledExecutorService clock, Executor events) {
        this.clock = clock;
        this.events = events;
    }

    synchronized void press(char key) {
        if (collecting != null) {
            collecting.take(key);
            return;
        }
        if (typedAhead.size() == TYPE_AHEAD_LIMIT) {
            typedAhead.removeFirst();
        }
        typedAhead.addLast(key);
    }

    /** Starts a collection; one still in progress is abandoned without a result. */
    synchronized void collect(DigitCollection rules, Consumer<String> collected) {
        stop();
        Collecting started = new Collecting(rules, collected);
        collecting = started;
        started.arm(rules.firstDigitTimeout());
        while (collecting == started && !typedAhead.isEmpty()) {
            started.take(typedAhead.removeFirst());
        }
    }

    /** Abandons the collection in progress without a result (the leg was bridged or closed). */
    synchronized void stop() {
        if (collecting != null) {
            collecting.disarm();
            collecting = null;
        }
    }

    private final class Collecting {

        private final DigitCollection rules;
        private final Consumer<String> collected;
        private final StringBuilder digits = new StringBuilder();
        private ScheduledFuture<?> timeout;

        Collecting(DigitCollection rules, Consumer<String> collected) {
            this.rules = rules;
            this.collected = collected;
        }

        void take(char key) {
            if (digits.isEmpty() && contains(rules.immediate(), key)) {
                digits.append(key);
                finish();
            } else if (contains(rules.terminators(), key)) {
                finish();
            } else {
                digits.append(key);
                if (digits.length() >= rules.maxDigits()) {
                    finish();
                } else {
                    arm(rules.interDigitTimeout());
                }
            }
        }

        /** No timeout (null) waits for keys indefinitely. */
        void arm(Duration after) {
            disarm();
            if (after != null) {
                timeout = clock.schedule(this::expire, Math.max(0, after.toNanos()), TimeUnit.NANOSECONDS);
            }
        }

        void disarm() {
            if (timeout != null) {
                timeout.cancel(false);
                timeout = null;
            }
        }

        private void expire() {
            synchronized (Keypad.this) {
                if (collecting == this) {
                    finish();
                }
            }
        }

        private void finish() {
            disarm();
            collecting = null;
            String result = digits.toString();
            events.execute(() -> collected.accept(result));
        }

        private static boolean contains(String keys, char key) {
            return keys != null && keys.indexOf(key) >= 0;
        }
    }
}
