package com.zongji.processes.inbound;

import static com.zongji.processes.inbound.InboundCallVariables.EMPLOYEE_ID;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts this caller on the missed-call list of the input {@code employeeId}. */
@Component("recordMissedCall")
@RequiredArgsConstructor
class RecordMissedCall implements JavaDelegate {

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordMissed(InboundCallVariables.callId(execution), InboundCallVariables.longValue(execution, EMPLOYEE_ID));
    }
}
