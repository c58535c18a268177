package com.zongji.engine.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OnboardingNotificationRepository extends JpaRepository<OnboardingNotification, Long> {

    List<OnboardingNotification> findByEnterpriseIdOrderById(Long enterpriseId);
}
