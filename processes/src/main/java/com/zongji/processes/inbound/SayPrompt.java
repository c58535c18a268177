package com.zongji.processes.inbound;

import com.zongji.engine.call.InboundCallSteps;
import com.zongji.engine.call.Prompt;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Says a prompt to the caller, from the inputs {@code recording} (a shipped prompt) and optional
 * {@code speech} (text to speak, with the recording as fallback). The diagram then waits for
 * PromptFinished.
 */
@Component("sayPrompt")
@RequiredArgsConstructor
class SayPrompt implements JavaDelegate {

    static final String RECORDING = "recording";
    static final String SPEECH = "speech";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        String recording = InboundCallVariables.required(execution, RECORDING).toString();
        String speech = InboundCallVariables.text(execution, SPEECH);
        steps.say(InboundCallVariables.callId(execution),
                speech.isBlank() ? Prompt.recorded(recording) : Prompt.spoken(speech, recording));
    }
}
