package com.zongji.adapters.web.call;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Admits the placing of callback calls over the API within {@link CallAdmissionLimits}: offered more than it can
 * place, the node keeps placing what it admits at about the target time and refuses the rest at once with
 * {@link NodeBusy}, instead of letting every request queue for the database for many seconds.
 */
@Component
public class CallAdmission {

    private final LongSupplier nanoTime;
    private volatile CallAdmissionLimits limits;
    private volatile SimpleLimiter<Void> limiter;

    @Autowired
    CallAdmission(CallAdmissionLimits limits) {
        this(limits, System::nanoTime);
    }

    CallAdmission(CallAdmissionLimits limits, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        setLimits(limits);
    }

    public CallAdmissionLimits limits() {
        return limits;
    }

    /** How many calls may be placing at once now. */
    int bound() {
        return limiter.getLimit();
    }

    /** Takes effect for the next call; the adaptive bound starts again from the new minimum. */
    public void setLimits(CallAdmissionLimits limits) {
        this.limiter = SimpleLimiter.newBuilder().named("api-call").nanoClock(nanoTime)
                .limit(AIMDLimit.newBuilder()
                        .initialLimit(limits.minCallsPlacing())
                        .minLimit(limits.minCallsPlacing())
                        .maxLimit(limits.maxCallsPlacing())
                        .timeout(limits.targetPlacingTime().toNanos(), TimeUnit.NANOSECONDS)
                        .build())
                .build();
        this.limits = limits;
    }

    /** What {@code placing} returns, or {@link NodeBusy} without running it when the node places enough already. */
    public <T> T place(Supplier<T> placing) {
        CallAdmissionLimits current = limits;
        Limiter.Listener slot = limiter.acquire(null).orElseThrow(() -> new NodeBusy(current.retryAfterSeconds()));
        try {
            return placing.get();
        } finally {
            // A refusal by the rules is quick; a slow failure (a lock wait) steers the bound like a slow success.
            slot.onSuccess();
        }
    }

    /** The node places as many calls as it can at once; try again after {@code retryAfterSeconds}. */
    public static final class NodeBusy extends RuntimeException {
        private final long retryAfterSeconds;

        NodeBusy(long retryAfterSeconds) {
            super("node busy", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
