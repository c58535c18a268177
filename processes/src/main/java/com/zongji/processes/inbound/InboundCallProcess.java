package com.zongji.processes.inbound;

import static com.zongji.processes.inbound.InboundCallVariables.CALLER_NUMBER;
import static com.zongji.processes.inbound.InboundCallVariables.CALL_ID;
import static com.zongji.processes.inbound.InboundCallVariables.DIGITS;
import static com.zongji.processes.inbound.InboundCallVariables.ENTERPRISE_ID;
import static com.zongji.processes.inbound.InboundCallVariables.OFFICE_NUMBER;
import static com.zongji.processes.inbound.InboundCallVariables.RING_FAILURE;

import com.zongji.engine.call.InboundCallFlow;
import com.zongji.engine.call.InboundCallStarted;
import com.zongji.engine.call.LegFailure;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code inbound-call} BPMN behind the engine's {@link InboundCallFlow}: one instance per answered
 * call, business key = the call id. What happens on the call's legs arrives as BPMN messages correlated by
 * that key. Events come from the signalling threads, so a message that no instance awaits (the call is
 * over, or the flow moved on) is dropped rather than thrown, and two events of one call at once (the
 * optimistic lock of the instance) are retried.
 */
@Component
public class InboundCallProcess implements InboundCallFlow {

    public static final String PROCESS = "inbound-call";
    public static final String PROMPT_FINISHED = "PromptFinished";
    public static final String DIGITS_COLLECTED = "DigitsCollected";
    public static final String RING_ANSWERED = "RingAnswered";
    public static final String RING_FAILED = "RingFailed";
    public static final String CALL_ENDED = "CallEnded";

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(InboundCallProcess.class);

    private final RuntimeService runtime;

    public InboundCallProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void start(InboundCallStarted call) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CALL_ID, call.callId());
        variables.put(ENTERPRISE_ID, call.enterpriseId());
        variables.put(CALLER_NUMBER, call.callerNumber());
        variables.put(OFFICE_NUMBER, call.officeNumber());
        runtime.startProcessInstanceByKey(PROCESS, businessKey(call.callId()), variables);
    }

    @Override
    public void promptFinished(long callId) {
        correlate(PROMPT_FINISHED, callId, Map.of());
    }

    @Override
    public void digitsCollected(long callId, String digits) {
        correlate(DIGITS_COLLECTED, callId, Map.of(DIGITS, digits == null ? "" : digits));
    }

    @Override
    public void ringAnswered(long callId) {
        correlate(RING_ANSWERED, callId, Map.of());
    }

    @Override
    public void ringFailed(long callId, LegFailure failure) {
        correlate(RING_FAILED, callId, Map.of(RING_FAILURE, failure.name()));
    }

    @Override
    public void callEnded(long callId) {
        correlate(CALL_ENDED, callId, Map.of());
    }

    public static String businessKey(long callId) {
        return Long.toString(callId);
    }

    private void correlate(String message, long callId, Map<String, Object> variables) {
        for (int attempt = 1; ; attempt++) {
            try {
                // correlateAll answers "nothing awaits it" with an empty list, where correlate throws (and
                // Camunda logs the throw as an error): a late event is normal on a phone line.
                boolean delivered = !runtime.createMessageCorrelation(message)
                        .processInstanceBusinessKey(businessKey(callId))
                        .setVariables(variables)
                        .correlateAllWithResult()
                        .isEmpty();
                if (!delivered) {
                    log.debug("Call {}: no inbound-call instance awaits {}, ignored", callId, message);
                }
                return;
            } catch (OptimisticLockingException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
                log.debug("Call {}: {} met another event of the call, attempt {} of {}", callId, message, attempt, ATTEMPTS);
            }
        }
    }
}
