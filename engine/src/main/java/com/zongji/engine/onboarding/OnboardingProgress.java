package com.zongji.engine.onboarding;

import java.time.Instant;

/**
 * Where the process of one enterprise stands.
 *
 * @param currentStep            the step the process waits in (its BPMN name), null when none runs
 * @param reviewDue              when the carrier's review is due, null when no review is open
 * @param numberSelectionReached the process has come to number selection, now or before
 */
public record OnboardingProgress(String currentStep, Instant reviewDue, boolean numberSelectionReached) {

    public static OnboardingProgress none() {
        return new OnboardingProgress(null, null, false);
    }
}
