package com.zongji.processes.inbound;

import static com.zongji.processes.inbound.InboundCallVariables.EMPLOYEE_ID;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code employeeId} to the activated employee holding the input {@code extension} (the dialled
 * digits, or a fixed extension such as a sales desk), or to null when nobody holds it.
 */
@Component("findEmployeeByExtension")
@RequiredArgsConstructor
class FindEmployeeByExtension implements JavaDelegate {

    static final String EXTENSION = "extension";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        String extension = InboundCallVariables.text(execution, EXTENSION).trim();
        execution.setVariable(EMPLOYEE_ID,
                steps.employeeByExtension(InboundCallVariables.callId(execution), extension).orElse(null));
    }
}
