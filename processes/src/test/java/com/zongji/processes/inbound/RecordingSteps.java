package com.zongji.processes.inbound;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.InboundCallSteps;
import com.zongji.engine.call.Prompt;
import com.zongji.engine.call.SmartRoute;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine's side of the flow, faked: answers from what a test arranged, and records each step the flow
 * took as a short line ({@code say ivr-menu}, {@code ring 7 PT30S}, {@code hangUp}). As the engine does,
 * a step counts only once the flow's transaction has committed: a rolled-back attempt leaves no line.
 */
class RecordingSteps implements InboundCallSteps {

    private final List<String> taken = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private final Map<String, Long> extensions = new HashMap<>();
    private boolean open;
    private SmartRoute route;
    private Long manualServicePerson;
    private DigitCollection lastCollection;
    private Duration lastCallbackWindow;

    synchronized void reset() {
        taken.clear();
        prompts.clear();
        extensions.clear();
        open = true;
        route = null;
        manualServicePerson = null;
        lastCollection = null;
        lastCallbackWindow = null;
    }

    synchronized RecordingSteps closed() {
        open = false;
        return this;
    }

    synchronized RecordingSteps extension(String extension, long employeeId) {
        extensions.put(extension, employeeId);
        return this;
    }

    synchronized RecordingSteps manualService(long employeeId) {
        manualServicePerson = employeeId;
        return this;
    }

    synchronized RecordingSteps smartRoute(SmartRoute smartRoute) {
        route = smartRoute;
        return this;
    }

    synchronized List<String> taken() {
        return List.copyOf(taken);
    }

    synchronized Prompt lastPrompt() {
        return prompts.get(prompts.size() - 1);
    }

    synchronized DigitCollection lastCollection() {
        return lastCollection;
    }

    synchronized Duration lastCallbackWindow() {
        return lastCallbackWindow;
    }

    @Override
    public synchronized boolean inServiceHours(long callId) {
        return open;
    }

    @Override
    public synchronized Optional<SmartRoute> smartRoute(long callId, Duration callbackWindow) {
        lastCallbackWindow = callbackWindow;
        return Optional.ofNullable(route);
    }

    @Override
    public synchronized void say(long callId, Prompt prompt) {
        prompts.add(prompt);
        record("say " + prompt.recording());
    }

    @Override
    public synchronized void collectDigits(long callId, DigitCollection collection) {
        lastCollection = collection;
        record("collect");
    }

    @Override
    public int extensionLength(long callId) {
        return 4;
    }

    @Override
    public synchronized Optional<Long> employeeByExtension(long callId, String extension) {
        return Optional.ofNullable(extensions.get(extension));
    }

    @Override
    public synchronized Optional<Long> manualServicePerson(long callId) {
        return Optional.ofNullable(manualServicePerson);
    }

    @Override
    public synchronized void ring(long callId, long employeeId, Duration ringTimeout) {
        record("ring " + employeeId + " " + ringTimeout);
    }

    @Override
    public synchronized void recordMissed(long callId, long employeeId) {
        record("missed " + employeeId);
    }

    @Override
    public synchronized void hangUp(long callId) {
        record("hangUp");
    }

    private void record(String step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            taken.add(step);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                synchronized (RecordingSteps.this) {
                    taken.add(step);
                }
            }
        });
    }
}
