package com.zongji.adapters.web.security;

import com.zongji.engine.access.LoginThrottle;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the login throttle of every wrong password (or unknown username), and of every successful login whose
 * username may have failures to clear (not of the many whose count the throttle filter has just found empty).
 */
@Component
@RequiredArgsConstructor
class LoginOutcomes {

    private final LoginThrottle throttle;

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (LoginThrottleFilter.mayHaveFailuresOnRecord()) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
