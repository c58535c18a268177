package com.zongji.processes.onboarding;

import com.zongji.engine.enterprise.EligibilityDecision;
import com.zongji.engine.onboarding.CheckingEligibility;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckEligibility}: the eligibility table's decision, as variables the gateway reads. */
@Component
@RequiredArgsConstructor
public class CheckEligibility implements JavaDelegate {

    private final CheckingEligibility checking;

    @Override
    public void execute(DelegateExecution execution) {
        EligibilityDecision decision = checking.check(OnboardingVariables.enterpriseId(execution));
        execution.setVariable(OnboardingVariables.ELIGIBLE, decision.eligible());
        execution.setVariable(OnboardingVariables.MATERIALS_REQUIRED, decision.requiresMaterials());
        execution.setVariable(OnboardingVariables.REASON_CODE, decision.reasonCode());
        execution.setVariable(OnboardingVariables.ELIGIBILITY_MESSAGE, decision.message());
    }
}
