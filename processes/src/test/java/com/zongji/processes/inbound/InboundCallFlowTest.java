package com.zongji.processes.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.InboundCallStarted;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.Prompt;
import com.zongji.engine.call.SmartRoute;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The shipped {@code inbound-call.bpmn}, walked path by path on an in-memory engine. */
@SpringJUnitConfig(InboundCallEngine.class)
class InboundCallFlowTest {

    private static final AtomicLong CALLS = new AtomicLong(1000);
    private static final long ALICE = 7;
    private static final long SERVICE_DESK = 9;

    @Autowired
    private InboundCallProcess flow;
    @Autowired
    private RecordingSteps steps;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;

    private long call;

    @BeforeEach
    void newCall() {
        steps.reset();
        call = CALLS.incrementAndGet();
    }

    @Test
    void outsideServiceHoursTheCallerHearsTheClosedAnnouncementAndIsHungUpOn() {
        steps.closed();

        answer();
        assertThat(steps.taken()).containsExactly("say closed");

        flow.promptFinished(call);
        assertThat(steps.taken()).containsExactly("say closed", "hangUp");
        assertEndedAt("EndEvent_Closed");
    }

    @Test
    void theMenuCollectsAsManyKeysAsAnExtensionHasWithTheDiagramsTimeouts() {
        answer();
        assertThat(steps.taken()).containsExactly("say ivr-menu");

        flow.promptFinished(call);

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect");
        assertThat(steps.lastCollection())
                .isEqualTo(new DigitCollection(4, Duration.ofSeconds(5), Duration.ofSeconds(3), "#", "0"));
    }

    @Test
    void aDialledExtensionRingsItsEmployeeWhoTalksUntilTheCallEnds() {
        steps.extension("8001", ALICE);
        answer();
        flow.promptFinished(call);

        flow.digitsCollected(call, "8001");
        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "ring 7 PT30S");

        flow.ringAnswered(call);
        assertThat(waitingAt()).containsExactly("Task_Connected");

        flow.callEnded(call);
        assertThat(steps.taken()).endsWith("ring 7 PT30S", "hangUp");
        assertEndedAt("EndEvent_CallEnded");
    }

    @Test
    void zeroGoesToManualService() {
        steps.manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);

        flow.digitsCollected(call, "0");

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "ring 9 PT30S");
    }

    @Test
    void noKeyWithinTheFirstDigitTimeoutGoesToManualService() {
        steps.manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);

        flow.digitsCollected(call, "");

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "ring 9 PT30S");
    }

    @Test
    void anUnknownExtensionIsAnnouncedAndTheMenuOffered() {
        answer();
        flow.promptFinished(call);

        flow.digitsCollected(call, "8999");
        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "say unknown-extension");

        flow.promptFinished(call);
        assertThat(steps.taken()).endsWith("say unknown-extension", "say ivr-menu");
        assertThat(waitingAt()).containsExactly("Event_MenuPromptFinished");
    }

    @Test
    void afterThreeUnknownExtensionsTheCallIsHungUp() {
        answer();
        for (int attempt = 1; attempt <= 2; attempt++) {
            flow.promptFinished(call);
            flow.digitsCollected(call, "8999");
            flow.promptFinished(call);
        }
        flow.promptFinished(call);
        flow.digitsCollected(call, "8999");

        assertThat(steps.taken()).filteredOn("say ivr-menu"::equals).hasSize(3);
        assertThat(steps.taken()).filteredOn("say unknown-extension"::equals).hasSize(2);
        assertThat(steps.taken()).endsWith("collect", "hangUp");
        assertEndedAt("EndEvent_TriesExhausted");
    }

    @Test
    void anEmployeeWhoDoesNotAnswerGetsAMissedCallAndTheCallerGoesToManualService() {
        steps.extension("8001", ALICE).manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);
        flow.digitsCollected(call, "8001");

        flow.ringFailed(call, LegFailure.NO_ANSWER);

        assertThat(steps.taken()).endsWith("ring 7 PT30S", "missed 7", "ring 9 PT30S");
        assertThat(runtime.getVariable(instance().getId(), "ringFailure")).isEqualTo("NO_ANSWER");
    }

    @Test
    void whenManualServiceDoesNotAnswerEitherTheCallerHearsNoAnswerAndIsHungUpOn() {
        steps.manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);
        flow.digitsCollected(call, "0");

        flow.ringFailed(call, LegFailure.BUSY);
        assertThat(steps.taken()).endsWith("ring 9 PT30S", "missed 9", "say no-answer");

        flow.promptFinished(call);
        assertThat(steps.taken()).endsWith("say no-answer", "hangUp");
        assertEndedAt("EndEvent_NoAnswer");
    }

    @Test
    void theManualServicePersonMissedOnTheirExtensionIsNotRungAgain() {
        steps.extension("8009", SERVICE_DESK).manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);
        flow.digitsCollected(call, "8009");

        flow.ringFailed(call, LegFailure.NO_ANSWER);

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "ring 9 PT30S", "missed 9", "say no-answer");
    }

    @Test
    void withoutAManualServicePersonTheCallerHearsNoServiceAndIsHungUpOn() {
        answer();
        flow.promptFinished(call);

        flow.digitsCollected(call, "0");
        assertThat(steps.taken()).endsWith("collect", "say no-service");

        flow.promptFinished(call);
        assertThat(steps.taken()).endsWith("say no-service", "hangUp");
        assertEndedAt("EndEvent_NoService");
    }

    @Test
    void aMissedCallCallbackNamesTheEmployeeAndTheMinutesThenRingsThem() {
        steps.smartRoute(new SmartRoute(SmartRoute.Kind.MISSED_CALL_CALLBACK, ALICE, "张三", 12));

        answer();
        assertThat(steps.lastPrompt()).isEqualTo(Prompt.spoken("张三12分钟前给您打过电话，正在为您接通", "callback"));
        assertThat(steps.lastCallbackWindow()).isEqualTo(Duration.ofHours(24));

        flow.promptFinished(call);
        assertThat(steps.taken()).containsExactly("say callback", "ring 7 PT30S");
    }

    @Test
    void anAccountManagerIsAnnouncedByNameThenRung() {
        steps.smartRoute(new SmartRoute(SmartRoute.Kind.ACCOUNT_MANAGER, ALICE, "李四", 0));

        answer();
        assertThat(steps.lastPrompt()).isEqualTo(Prompt.spoken("李四是您的专属客户经理，正在为您接通", "account-manager"));

        flow.promptFinished(call);
        assertThat(steps.taken()).containsExactly("say account-manager", "ring 7 PT30S");
    }

    @Test
    void aSmartlyRoutedEmployeeWhoDoesNotAnswerLeavesTheCallerWithManualService() {
        steps.smartRoute(new SmartRoute(SmartRoute.Kind.ACCOUNT_MANAGER, ALICE, "李四", 0)).manualService(SERVICE_DESK);
        answer();
        flow.promptFinished(call);

        flow.ringFailed(call, LegFailure.REJECTED);

        assertThat(steps.taken()).containsExactly("say account-manager", "ring 7 PT30S", "missed 7", "ring 9 PT30S");
    }

    @Test
    void theCallerHangingUpInTheMenuEndsTheFlowAndLaterEventsAreIgnored() {
        answer();
        flow.promptFinished(call);

        flow.callEnded(call);
        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "hangUp");
        assertEndedAt("EndEvent_CallEnded");

        assertThatCode(() -> {
            flow.digitsCollected(call, "8001");
            flow.callEnded(call);
        }).doesNotThrowAnyException();
        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "hangUp");
    }

    @Test
    void anEventTheFlowIsNotWaitingForIsIgnored() {
        answer();

        flow.ringAnswered(call);

        assertThat(waitingAt()).containsExactly("Event_MenuPromptFinished");
    }

    @Test
    void twoEventsOfOneCallAtOnceNeitherReachTheSignallingThread() throws Exception {
        for (int round = 0; round < 5; round++) {
            newCall();
            steps.extension("8001", ALICE).manualService(SERVICE_DESK);
            answer();
            flow.promptFinished(call);
            flow.digitsCollected(call, "8001");

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService signalling = Executors.newFixedThreadPool(2);
            try {
                Future<?> failed = signalling.submit(() -> awaitThen(go, () -> flow.ringFailed(call, LegFailure.NO_ANSWER)));
                Future<?> ended = signalling.submit(() -> awaitThen(go, () -> flow.callEnded(call)));
                go.countDown();
                failed.get(30, TimeUnit.SECONDS);
                ended.get(30, TimeUnit.SECONDS);
            } finally {
                signalling.shutdownNow();
            }

            assertEndedAt("EndEvent_CallEnded");
            assertThat(steps.taken()).endsWith("hangUp");
        }
    }

    private static void awaitThen(CountDownLatch go, Runnable event) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        event.run();
    }

    private void answer() {
        flow.start(new InboundCallStarted(call, 1, "13912345678", "02161234567"));
    }

    private ProcessInstance instance() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(InboundCallProcess.PROCESS)
                .processInstanceBusinessKey(InboundCallProcess.businessKey(call)).singleResult();
    }

    private java.util.List<String> waitingAt() {
        return runtime.getActiveActivityIds(instance().getId());
    }

    private void assertEndedAt(String endEvent) {
        assertThat(instance()).as("instance of call %d still running", call).isNull();
        String processInstanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(InboundCallProcess.businessKey(call)).singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }
}
