package com.zongji.adapters.sip;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many new calls the node takes before it turns INVITEs away with 503 and Retry-After (in the spirit of
 * RFC 7339): each source address may start {@code invitesPerSecondPerSource} calls a second, in bursts of up
 * to {@code burstPerSource}; the carrier trunk, which carries everybody's calls, is bounded only by
 * {@code maxCallsSettingUp}, the calls admitted but not yet answered or ended on the whole node.
 */
@ConfigurationProperties("zongji.sip.overload")
public record OverloadLimits(
        @DefaultValue("20") double invitesPerSecondPerSource,
        @DefaultValue("40") int burstPerSource,
        @DefaultValue("500") int maxCallsSettingUp,
        @DefaultValue("PT5S") Duration retryAfter) {

    public OverloadLimits {
        if (invitesPerSecondPerSource <= 0 || burstPerSource < 1 || maxCallsSettingUp < 1
                || retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("zongji.sip.overload: rates, burst and cap must be positive, "
                    + "retry-after not negative");
        }
    }

    /** Retry-After counts whole seconds; a fraction would be read as none. */
    int retryAfterSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, retryAfter.toSeconds()));
    }
}
