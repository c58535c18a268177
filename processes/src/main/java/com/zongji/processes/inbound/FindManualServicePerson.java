package com.zongji.processes.inbound;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code manualServiceId}: the enterprise's manual-service person, or null when none is set. */
@Component("findManualServicePerson")
@RequiredArgsConstructor
class FindManualServicePerson implements JavaDelegate {

    static final String MANUAL_SERVICE_ID = "manualServiceId";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(MANUAL_SERVICE_ID,
                steps.manualServicePerson(InboundCallVariables.callId(execution)).orElse(null));
    }
}
