package com.zongji.adapters.sip;

import com.zongji.engine.call.CallSignals;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one leg tells the engine, delivered in the order it was queued and one at a time, on the
 * B2BUA's reporting threads. Never on the thread that queued it: that thread may hold a leg's
 * monitor, be a stack thread that must not wait for the engine, or be the engine itself, inside a
 * {@code Telephony} command.
 */
final class LegReports {

    private static final Logger log = LoggerFactory.getLogger(LegReports.class);

    private final Executor executor;
    private final Supplier<CallSignals> signals;
    private final Queue<Consumer<CallSignals>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    LegReports(Executor executor, Supplier<CallSignals> signals) {
        this.executor = executor;
        this.signals = signals;
    }

    void add(Consumer<CallSignals> report) {
        queue.add(report);
    }

    void deliver() {
        if (!queue.isEmpty() && delivering.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Consumer<CallSignals> report = queue.poll(); report != null; report = queue.poll()) {
                try {
                    report.accept(signals.get());
                } catch (RuntimeException e) {
                    log.warn("The engine failed to take a call signal", e);
                }
            }
        } finally {
            delivering.set(false);
        }
        deliver(); // what was queued after the last poll, while this still counted as delivering
    }
}
