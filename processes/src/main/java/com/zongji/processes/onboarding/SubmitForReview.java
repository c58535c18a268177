package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.ApplicationUnderReview;
import com.zongji.engine.onboarding.ReviewingApplication;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SubmitForReview}: the application goes to the carrier, due as many working days from now as
 * the task's input parameter {@code workingDaysToReview} says (the analyst's to change in the diagram); its
 * data become the variables the review form shows read-only. Time is the process engine's clock, the
 * one its timers run on.
 */
@Component
@RequiredArgsConstructor
public class SubmitForReview implements JavaDelegate {

    static final String WORKING_DAYS_TO_REVIEW = "workingDaysToReview";

    private final ReviewingApplication reviewing;

    @Override
    public void execute(DelegateExecution execution) {
        int workingDaysToReview = Integer.parseInt(String.valueOf(execution.getVariableLocal(WORKING_DAYS_TO_REVIEW)));
        ApplicationUnderReview application = reviewing.submit(OnboardingVariables.enterpriseId(execution),
                ClockUtil.getCurrentTime().toInstant(), workingDaysToReview);
        execution.setVariable(OnboardingVariables.REVIEW_DUE, Date.from(application.dueAt()));
        execution.setVariable(OnboardingVariables.CITY, application.city());
        execution.setVariable("enterpriseName", application.enterpriseName());
        execution.setVariable("organizationType", application.organizationType().name());
        execution.setVariable("province", application.province());
        execution.setVariable("certifiedOn", application.certifiedOn() == null ? "" : application.certifiedOn().toString());
        execution.setVariable("companyAddress", application.materials().companyAddress());
        execution.setVariable("legalRepresentativeId", application.materials().legalRepresentativeId());
        execution.setVariable("certificationLetter", application.materials().certificationLetter());
        execution.removeVariable(OnboardingVariables.APPROVED);
        execution.removeVariable(OnboardingVariables.REJECTION_REASON);
    }
}
