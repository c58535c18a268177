package com.zongji.adapters.sip;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before anything is stored or started, whether a new INVITE may become a call: a token bucket per
 * source address, and a limit on the calls being set up on this node that shrinks while set-ups take longer
 * than the target (see {@link OverloadLimits}). What it refuses gets 503 with Retry-After and leaves nothing
 * behind. Its limits can be changed while the node runs.
 */
public final class InviteAdmission {

    private static final Logger log = LoggerFactory.getLogger(InviteAdmission.class);
    /** Beyond this many sources, buckets that have filled up again (idle sources) are forgotten. */
    private static final int TRACKED_SOURCES = 10_000;

    private final String trunkHost;
    private final LongSupplier nanoTime;
    /**
     * A place held longer than an INVITE transaction can last (64 × T1) was lost by a call that went wrong
     * between admission and answer; it is given back, so such losses cannot shut the node for good.
     */
    private static final long STALE_PLACE_NANOS = Duration.ofSeconds(64).toNanos();

    private final Map<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();
    /** The places of calls being set up. */
    private final Map<Place, Boolean> settingUp = new ConcurrentHashMap<>();
    private volatile OverloadLimits limits;
    private volatile Limiter<InetAddress> limiter;
    private volatile InetAddress trunk;

    public InviteAdmission(OverloadLimits limits, SipProperties.Trunk trunk) {
        this(limits, trunk, System::nanoTime);
    }

    InviteAdmission(OverloadLimits limits, SipProperties.Trunk trunk, LongSupplier nanoTime) {
        this.trunkHost = trunk == null ? null : trunk.host();
        this.nanoTime = nanoTime;
        setLimits(limits);
    }

    public OverloadLimits limits() {
        return limits;
    }

    /**
     * Takes effect for the next INVITE; sources' buckets keep their tokens, up to the new burst. The adaptive
     * limit starts again from the new minimum, counting only calls admitted from now on (the fixed cap counts all).
     */
    public void setLimits(OverloadLimits limits) {
        this.limiter = SimpleLimiter.newBuilder().named("sip-invite").nanoClock(nanoTime)
                .limit(AIMDLimit.newBuilder()
                        .initialLimit(limits.minCallsSettingUp())
                        .minLimit(limits.minCallsSettingUp())
                        .maxLimit(limits.maxCallsSettingUp())
                        .timeout(limits.targetSetUpTime().toNanos(), TimeUnit.NANOSECONDS)
                        .build())
                .build();
        this.limits = limits;
    }

    /** Calls admitted and neither answered nor ended yet. */
    public int callsSettingUp() {
        return settingUp.size();
    }

    /**
     * A place for a new call from {@code source}, to be given back once the call is answered or ends, or empty
     * when the node is to turn the call away.
     */
    Optional<Place> admit(InetAddress source) {
        OverloadLimits current = limits;
        if (source != null && !source.equals(trunk()) && !bucket(source).take(current, nanoTime.getAsLong())) {
            log.debug("INVITE from {} over {}/s: 503", source.getHostAddress(), current.invitesPerSecondPerSource());
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        if (settingUp.size() >= current.maxCallsSettingUp()) {
            forgetStalePlaces(now);
        }
        // A soft cap: admissions racing past the check may exceed it by the number of SIP threads.
        if (settingUp.size() >= current.maxCallsSettingUp()) {
            log.debug("{} calls already setting up: 503", current.maxCallsSettingUp());
            return Optional.empty();
        }
        Limiter<InetAddress> adaptive = limiter;
        Optional<Limiter.Listener> slot = adaptive.acquire(source);
        if (slot.isEmpty()) {
            forgetStalePlaces(now);
            slot = adaptive.acquire(source);
        }
        if (slot.isEmpty()) {
            log.debug("Set-ups slower than {}: {} calls setting up is the limit now, 503",
                    current.targetSetUpTime(), settingUp.size());
            return Optional.empty();
        }
        Place place = new Place(now, slot.get());
        settingUp.put(place, Boolean.TRUE);
        return Optional.of(place);
    }

    private void forgetStalePlaces(long now) {
        int forgotten = 0;
        for (Place place : settingUp.keySet()) {
            if (now - place.admittedAt > STALE_PLACE_NANOS && place.settle(false)) {
                forgotten++;
            }
        }
        if (forgotten > 0) {
            log.warn("Gave back {} places of calls admitted over 64 s ago and never answered or ended", forgotten);
        }
    }

    private Bucket bucket(InetAddress source) {
        if (buckets.size() > TRACKED_SOURCES) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.isFull(limits, now));
        }
        return buckets.computeIfAbsent(source, s -> new Bucket(limits.burstPerSource(), nanoTime.getAsLong()));
    }

    /** Resolved when first needed, so that a trunk named by a host name does not delay the start. */
    private InetAddress trunk() {
        InetAddress resolved = trunk;
        if (resolved == null && trunkHost != null) {
            try {
                resolved = InetAddress.getByName(trunkHost);
                trunk = resolved;
            } catch (UnknownHostException e) {
                log.warn("Trunk host {} does not resolve; its INVITEs are limited like anybody's", trunkHost);
            }
        }
        return resolved;
    }

    /**
     * A call's place among those being set up. Running it gives the place back with the call's set-up time,
     * which steers the adaptive limit; {@link #withdraw()} gives it back unmeasured (a call refused at once).
     * Either is safe to do more than once.
     */
    final class Place implements Runnable {
        private final long admittedAt;
        private final Limiter.Listener slot;

        private Place(long admittedAt, Limiter.Listener slot) {
            this.admittedAt = admittedAt;
            this.slot = slot;
        }

        @Override
        public void run() {
            settle(true);
        }

        void withdraw() {
            settle(false);
        }

        private boolean settle(boolean measured) {
            if (settingUp.remove(this) == null) {
                return false;
            }
            if (measured) {
                slot.onSuccess();
            } else {
                slot.onIgnore();
            }
            return true;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized boolean take(OverloadLimits limits, long now) {
            refill(limits, now);
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized boolean isFull(OverloadLimits limits, long now) {
            refill(limits, now);
            return tokens >= limits.burstPerSource();
        }

        private void refill(OverloadLimits limits, long now) {
            double earned = (now - refilledAt) / 1e9 * limits.invitesPerSecondPerSource();
            tokens = Math.min(limits.burstPerSource(), tokens + earned);
            refilledAt = now;
        }
    }
}
