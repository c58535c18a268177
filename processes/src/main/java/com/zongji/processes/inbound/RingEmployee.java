package com.zongji.processes.inbound;

import static com.zongji.processes.inbound.InboundCallVariables.EMPLOYEE_ID;

import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Rings the input {@code employeeId} for at most the input {@code ringTimeout}; the diagram then waits for
 * RingAnswered or RingFailed.
 */
@Component("ringEmployee")
@RequiredArgsConstructor
class RingEmployee implements JavaDelegate {

    static final String RING_TIMEOUT = "ringTimeout";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.ring(InboundCallVariables.callId(execution),
                InboundCallVariables.longValue(execution, EMPLOYEE_ID),
                InboundCallVariables.duration(execution, RING_TIMEOUT));
    }
}
