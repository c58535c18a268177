package com.zongji.processes.inbound;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.InboundCallSteps;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gathers the caller's keys as the inputs say: {@code maxDigits}, {@code firstDigitTimeout},
 * {@code interDigitTimeout}, {@code terminators}, {@code immediate}. The diagram then waits for
 * DigitsCollected, which sets {@code digits}.
 */
@Component("collectDigits")
@RequiredArgsConstructor
class CollectDigits implements JavaDelegate {

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.collectDigits(InboundCallVariables.callId(execution), new DigitCollection(
                InboundCallVariables.intValue(execution, "maxDigits"),
                InboundCallVariables.duration(execution, "firstDigitTimeout"),
                InboundCallVariables.duration(execution, "interDigitTimeout"),
                InboundCallVariables.text(execution, "terminators"),
                InboundCallVariables.text(execution, "immediate")));
    }
}
