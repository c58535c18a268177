package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.EnterpriseStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the admin sees of the application.
 *
 * @param reason           why the application stands still: refusal, rejection or missing materials; null otherwise
 * @param missingMaterials the materials the eligibility table still asks for
 * @param officeNumber     the enterprise's office number once it has one
 */
public record OnboardingStatus(
        EnterpriseStatus status,
        String reason,
        List<String> missingMaterials,
        OnboardingProgress progress,
        String officeNumber,
        List<Notice> notifications) {

    public record Notice(String message, Instant at) {
    }
}
