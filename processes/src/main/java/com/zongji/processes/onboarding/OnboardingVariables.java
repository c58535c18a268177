package com.zongji.processes.onboarding;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variables of {@code enterprise-onboarding} that its delegates and gateways share. */
final class OnboardingVariables {

    static final String ENTERPRISE_ID = "enterpriseId";
    static final String CITY = "city";
    static final String ELIGIBLE = "eligible";
    static final String MATERIALS_REQUIRED = "materialsRequired";
    static final String REASON_CODE = "reasonCode";
    static final String ELIGIBILITY_MESSAGE = "eligibilityMessage";
    static final String REVIEW_DUE = "reviewDue";
    static final String APPROVED = "approved";
    static final String REJECTION_REASON = "rejectionReason";
    static final String OFFICE_NUMBER = "officeNumber";

    private OnboardingVariables() {
    }

    static long enterpriseId(VariableScope scope) {
        return ((Number) scope.getVariable(ENTERPRISE_ID)).longValue();
    }
}
