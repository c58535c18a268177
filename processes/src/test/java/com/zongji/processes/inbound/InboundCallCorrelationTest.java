package com.zongji.processes.inbound;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two events of one call at once: the one that loses the instance's optimistic lock is retried. */
class InboundCallCorrelationTest {

    private final RuntimeService runtime = mock(RuntimeService.class);
    private final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
    private final InboundCallProcess flow = new InboundCallProcess(runtime);

    @BeforeEach
    void correlations() {
        when(runtime.createMessageCorrelation(anyString())).thenReturn(correlation);
    }

    @Test
    void anEventThatLostTheLockIsDeliveredAgain() {
        when(correlation.correlateAllWithResult())
                .thenThrow(new OptimisticLockingException("the call's other event won"))
                .thenReturn(List.of(mock(MessageCorrelationResult.class)));

        flow.promptFinished(42);

        verify(correlation, times(2)).correlateAllWithResult();
        verify(correlation, times(2)).processInstanceBusinessKey("42");
    }

    @Test
    void anEventThatKeepsLosingTheLockFailsAfterAFewAttempts() {
        when(correlation.correlateAllWithResult()).thenThrow(new OptimisticLockingException("always contended"));

        assertThatThrownBy(() -> flow.callEnded(42)).isInstanceOf(OptimisticLockingException.class);

        verify(correlation, times(InboundCallProcess.ATTEMPTS)).correlateAllWithResult();
    }
}
