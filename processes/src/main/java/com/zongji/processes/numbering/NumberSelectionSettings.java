package com.zongji.processes.numbering;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zongji.onboarding.reservation-timeout}: how long a picked number is held for confirmation, unless
 * the process instance carries its own {@code reservationTimeout} variable (ISO-8601, e.g. {@code PT15M}).
 */
@ConfigurationProperties("zongji.onboarding")
public record NumberSelectionSettings(@DefaultValue("PT15M") Duration reservationTimeout) {
}
