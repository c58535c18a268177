package com.zongji.adapters.sip;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many new calls the node takes before it turns INVITEs away with 503 and Retry-After (in the spirit of
 * RFC 7339): each source address may start {@code invitesPerSecondPerSource} calls a second, in bursts of up
 * to {@code burstPerSource}; the carrier trunk, which carries everybody's calls, is bounded only by the calls
 * admitted but not yet answered or ended on the whole node. That bound adapts (AIMD): it shrinks while set-ups
 * take longer than {@code targetSetUpTime} and grows while they are quicker and the bound is in use, between
 * {@code minCallsSettingUp} and {@code maxCallsSettingUp} (equal values make it a fixed cap). So a node offered
 * more than it can set up keeps answering what it admits at about the target delay and refuses the rest early,
 * instead of queueing everybody for many seconds. The minimum is sized for the calls a busy but not overloaded
 * node sets up at once (some 35 calls/s at up to 1.5 s each), so that slow set-ups alone refuse nothing.
 */
@ConfigurationProperties("zongji.sip.overload")
public record OverloadLimits(
        @DefaultValue("20") double invitesPerSecondPerSource,
        @DefaultValue("40") int burstPerSource,
        @DefaultValue("50") int minCallsSettingUp,
        @DefaultValue("500") int maxCallsSettingUp,
        @DefaultValue("PT2S") Duration targetSetUpTime,
        @DefaultValue("PT5S") Duration retryAfter) {

    @ConstructorBinding
    public OverloadLimits {
        if (invitesPerSecondPerSource <= 0 || burstPerSource < 1 || minCallsSettingUp < 1
                || maxCallsSettingUp < minCallsSettingUp || targetSetUpTime == null || targetSetUpTime.isNegative()
                || targetSetUpTime.isZero() || retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("zongji.sip.overload: rates, burst, caps and target set-up time must "
                    + "be positive, min-calls-setting-up at most max-calls-setting-up, retry-after not negative");
        }
    }

    /** Limits with a fixed cap of {@code callsSettingUp}, which no set-up time changes. */
    public OverloadLimits(double invitesPerSecondPerSource, int burstPerSource, int callsSettingUp,
            Duration retryAfter) {
        this(invitesPerSecondPerSource, burstPerSource, callsSettingUp, callsSettingUp, Duration.ofSeconds(2),
                retryAfter);
    }

    /** Retry-After counts whole seconds; a fraction would be read as none. */
    int retryAfterSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, retryAfter.toSeconds()));
    }
}
