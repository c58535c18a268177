package com.zongji.engine.onboarding;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Leaves a notice for the enterprise's admin, read with the onboarding status. */
@Component
@RequiredArgsConstructor
class AdminNotices {

    private final OnboardingNotificationRepository notifications;
    private final Clock clock;

    void tell(long enterpriseId, String message) {
        notifications.save(new OnboardingNotification(enterpriseId, message, clock.instant()));
    }
}
