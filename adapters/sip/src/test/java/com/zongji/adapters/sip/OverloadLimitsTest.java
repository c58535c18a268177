package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** zongji.sip.overload.* as Spring binds it: the canonical constructor, not the fixed-cap one. */
class OverloadLimitsTest {

    @Test
    void shipsAnAdaptiveLimitBetween50And500CallsSettingUpForATwoSecondTarget() {
        OverloadLimits limits = bind(Map.of());

        assertThat(limits.minCallsSettingUp()).isEqualTo(50);
        assertThat(limits.maxCallsSettingUp()).isEqualTo(500);
        assertThat(limits.targetSetUpTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(limits.invitesPerSecondPerSource()).isEqualTo(20);
        assertThat(limits.burstPerSource()).isEqualTo(40);
        assertThat(limits.retryAfterSeconds()).isEqualTo(5);
    }

    @Test
    void everyLimitCanBeConfigured() {
        OverloadLimits limits = bind(Map.of(
                "zongji.sip.overload.min-calls-setting-up", "30",
                "zongji.sip.overload.max-calls-setting-up", "30",
                "zongji.sip.overload.target-set-up-time", "500ms",
                "zongji.sip.overload.retry-after", "9s"));

        assertThat(limits.minCallsSettingUp()).isEqualTo(30);
        assertThat(limits.maxCallsSettingUp()).isEqualTo(30);
        assertThat(limits.targetSetUpTime()).isEqualTo(Duration.ofMillis(500));
        assertThat(limits.retryAfterSeconds()).isEqualTo(9);
    }

    private static OverloadLimits bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("zongji.sip.overload",
                OverloadLimits.class);
    }
}
