package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.CheckingEligibility;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RefuseApplication}: the enterprise is refused with the table's reason. */
@Component
@RequiredArgsConstructor
public class RefuseApplication implements JavaDelegate {

    private final CheckingEligibility checking;

    @Override
    public void execute(DelegateExecution execution) {
        checking.refuse(OnboardingVariables.enterpriseId(execution),
                (String) execution.getVariable(OnboardingVariables.REASON_CODE),
                (String) execution.getVariable(OnboardingVariables.ELIGIBILITY_MESSAGE));
    }
}
