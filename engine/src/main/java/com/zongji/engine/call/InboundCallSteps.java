package com.zongji.engine.call;

import java.time.Duration;
import java.util.Optional;

/**
 * What the inbound-call flow can do to and learn about its call. Steps that act on the phone return at
 * once; their outcome reaches the flow through {@link InboundCallFlow}.
 */
public interface InboundCallSteps {

    /** Whether the enterprise serves calls now (its hours, weekends, holidays: the service-window table). */
    boolean inServiceHours(long callId);

    /** Smart routing: a missed-call callback within {@code callbackWindow}, else the caller's account manager. */
    Optional<SmartRoute> smartRoute(long callId, Duration callbackWindow);

    /** Plays to the caller; then {@link InboundCallFlow#promptFinished}. */
    void say(long callId, Prompt prompt);

    /** Gathers the caller's keys; then {@link InboundCallFlow#digitsCollected}. */
    void collectDigits(long callId, DigitCollection collection);

    /** The longest extension in use in the enterprise: how many keys make a complete extension. */
    int extensionLength(long callId);

    /** The activated employee holding the extension, if any. */
    Optional<Long> employeeByExtension(long callId, String extension);

    /** The enterprise's manual-service person, if one is set. */
    Optional<Long> manualServicePerson(long callId);

    /**
     * Rings the employee's mobile through the trunk, showing the caller's number; on answer the caller is
     * connected and the forwarded time is billed to the enterprise. Then {@link InboundCallFlow#ringAnswered}
     * or {@link InboundCallFlow#ringFailed} (also when the balance cannot pay for a first slice).
     */
    void ring(long callId, long employeeId, Duration ringTimeout);

    /** Notes that the employee missed this caller, for the employee's missed-call list. */
    void recordMissed(long callId, long employeeId);

    /** Ends the call: hangs up every leg and closes its record. Safe to repeat. */
    void hangUp(long callId);
}
