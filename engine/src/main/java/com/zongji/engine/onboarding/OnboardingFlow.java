package com.zongji.engine.onboarding;

/**
 * The onboarding process of one enterprise (verification, carrier review, number selection, account
 * opening) as the engine sees it. Implemented by the {@code enterprise-onboarding} BPMN.
 */
public interface OnboardingFlow {

    /** Starts the process for a submitted application; it checks eligibility at once. */
    void start(long enterpriseId);

    /** The admin supplied the materials the eligibility table asked for; the process checks again. */
    void materialsSupplied(long enterpriseId);

    /** The admin corrected a rejected application; it goes back to the carrier's review. */
    void applicationCorrected(long enterpriseId);

    boolean isRunning(long enterpriseId);

    OnboardingProgress progress(long enterpriseId);
}
