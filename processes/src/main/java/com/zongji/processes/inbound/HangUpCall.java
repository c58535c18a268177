package com.zongji.processes.inbound;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the call on every leg. Safe to repeat, so every path may end with it. */
@Component("hangUpCall")
@RequiredArgsConstructor
class HangUpCall implements JavaDelegate {

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.hangUp(InboundCallVariables.callId(execution));
    }
}
