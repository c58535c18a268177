package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.OpeningAccount;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenAccount}: with the office number chosen in number selection, the account opens. */
@Component
@RequiredArgsConstructor
public class OpenAccount implements JavaDelegate {

    private final OpeningAccount opening;

    @Override
    public void execute(DelegateExecution execution) {
        opening.open(OnboardingVariables.enterpriseId(execution),
                (String) execution.getVariable(OnboardingVariables.OFFICE_NUMBER));
    }
}
