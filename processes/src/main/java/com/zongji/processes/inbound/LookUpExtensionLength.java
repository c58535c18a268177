package com.zongji.processes.inbound;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code extensionLength}: how many keys make a complete extension in this enterprise. */
@Component("lookUpExtensionLength")
@RequiredArgsConstructor
class LookUpExtensionLength implements JavaDelegate {

    static final String EXTENSION_LENGTH = "extensionLength";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(EXTENSION_LENGTH, steps.extensionLength(InboundCallVariables.callId(execution)));
    }
}
