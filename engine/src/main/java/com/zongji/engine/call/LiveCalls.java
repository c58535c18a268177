package com.zongji.engine.call;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The calls whose dialogs live on this node, and the only call state kept in memory: which call is
 * which kind, its timers, and the worker that runs its events. Each call's events run one after another
 * on one worker thread (chosen by call id), so a call never needs a lock and signalling threads never
 * wait for the database or the process engine.
 */
@Component
public class LiveCalls {

    private static final Logger log = LoggerFactory.getLogger(LiveCalls.class);

    /** What this node remembers of a live call; touched only on the call's worker thread. */
    public static final class LiveCall {
        public final long callId;
        public final CallDirection direction;
        final List<ScheduledFuture<?>> limitTimers = new ArrayList<>();
        /** An inbound call: the leg now ringing an employee, the one connected, how many were rung. */
        public LegRef ringing;
        public LegRef connected;
        public int ringAttempts;

        LiveCall(long callId, CallDirection direction) {
            this.callId = callId;
            this.direction = direction;
        }

        void cancelLimitTimers() {
            limitTimers.forEach(timer -> timer.cancel(false));
            limitTimers.clear();
        }
    }

    private final Map<Long, LiveCall> calls = new ConcurrentHashMap<>();
    private final ExecutorService[] workers;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(named("call-timer"));

    public LiveCalls(CallSettings settings) {
        workers = new ExecutorService[Math.max(1, settings.workers())];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Executors.newSingleThreadExecutor(named("call-worker-" + i));
        }
    }

    public LiveCall add(long callId, CallDirection direction) {
        LiveCall call = new LiveCall(callId, direction);
        calls.put(callId, call);
        return call;
    }

    public Optional<LiveCall> get(long callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    public void remove(long callId) {
        LiveCall call = calls.remove(callId);
        if (call != null) {
            call.cancelLimitTimers();
        }
    }

    public Set<Long> ids() {
        return Set.copyOf(calls.keySet());
    }

    /** Runs the work on the call's worker; failures are logged, never thrown back to the signalling layer. */
    public void run(long callId, Runnable work) {
        workers[(int) Math.floorMod(callId, (long) workers.length)].execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Call {}: event handling failed", callId, e);
            }
        });
    }

    /** Runs the work on the call's worker after the delay, unless the call's limit changes first. */
    public void schedule(LiveCall call, Duration delay, Runnable work) {
        call.limitTimers.add(timers.schedule(() -> run(call.callId, work), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
        for (ExecutorService worker : workers) {
            worker.shutdown();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
