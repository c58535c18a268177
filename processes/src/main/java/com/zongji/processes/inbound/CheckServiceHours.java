package com.zongji.processes.inbound;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code inServiceHours}: whether the enterprise serves calls now (its service-window table). */
@Component("checkServiceHours")
@RequiredArgsConstructor
class CheckServiceHours implements JavaDelegate {

    static final String IN_SERVICE_HOURS = "inServiceHours";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(IN_SERVICE_HOURS, steps.inServiceHours(InboundCallVariables.callId(execution)));
    }
}
