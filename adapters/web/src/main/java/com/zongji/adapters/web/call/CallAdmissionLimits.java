package com.zongji.adapters.web.call;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many callback calls the node places at once over the API before it answers 503 with Retry-After, as SIP
 * does for INVITEs ({@code zongji.sip.overload}). The bound adapts (AIMD): it shrinks while placing a call (the
 * permission decision, the records, the first balance hold, leg A's INVITE) takes longer than
 * {@code targetPlacingTime} and grows while it is quicker and the bound is in use, between {@code minCallsPlacing}
 * and {@code maxCallsPlacing}. The minimum is sized, as for INVITEs, so that a node still warming up (placings of a
 * second or two in its first seconds) refuses nothing at the rates it then sustains. The bound counts a call only
 * while its placing runs, not while its legs are set up (docs/PERFORMANCE.md).
 */
@ConfigurationProperties("zongji.api.call-admission")
public record CallAdmissionLimits(
        @DefaultValue("50") int minCallsPlacing,
        @DefaultValue("200") int maxCallsPlacing,
        @DefaultValue("PT1S") Duration targetPlacingTime,
        @DefaultValue("PT5S") Duration retryAfter) {

    @ConstructorBinding
    public CallAdmissionLimits {
        if (minCallsPlacing < 1 || maxCallsPlacing < minCallsPlacing || targetPlacingTime == null
                || targetPlacingTime.isNegative() || targetPlacingTime.isZero() || retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("zongji.api.call-admission: min-calls-placing must be positive and at "
                    + "most max-calls-placing, target-placing-time positive, retry-after not negative");
        }
    }

    /** A fixed bound of {@code callsPlacing}, which no placing time changes. */
    public CallAdmissionLimits(int callsPlacing, Duration retryAfter) {
        this(callsPlacing, callsPlacing, Duration.ofSeconds(1), retryAfter);
    }

    /** Retry-After counts whole seconds; a fraction would be read as none. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
