package com.zongji.engine.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zongji.security.login-throttle.*}: how many failed logins are tolerated before further attempts are
 * refused unchecked.
 *
 * @param maxFailuresPerUser    failed logins for one username within a window, after which that username is refused
 * @param maxFailuresPerAddress failed logins from one client address within a window, after which that address is
 *                              refused; higher than per user, since an office's people share one address
 * @param window                counted from a subject's first failure; when it has passed, the count starts afresh
 *                              and a refused username or address may try again
 */
@ConfigurationProperties("zongji.security.login-throttle")
public record LoginThrottleSettings(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration window) {

    public LoginThrottleSettings {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("zongji.security.login-throttle needs limits of at least 1 and a positive window");
        }
    }
}
