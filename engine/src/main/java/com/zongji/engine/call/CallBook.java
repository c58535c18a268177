package com.zongji.engine.call;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.PrepaidLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what happens to calls as it happens, one transaction per change, and announces each change.
 * Closing a call rates it and settles its balance hold in the same transaction, so an ended call's CDR
 * and its ledger entry are committed together before anyone is told the call ended.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class CallBook {

    private final CallRecordRepository calls;
    private final CallLegRepository legs;
    private final MissedCallRepository missedCalls;
    private final PrepaidLedger ledger;
    private final ApplicationEventPublisher events;
    private final CallSettings settings;
    private final Clock clock;

    public CallRecord open(CallRecord call) {
        CallRecord saved = calls.save(call);
        announce(saved, null, null);
        return saved;
    }

    @Transactional(readOnly = true)
    public CallRecord find(long callId) {
        return calls.findById(callId).orElseThrow(() -> new NoSuchElementException("没有通话 " + callId + " (no such call)"));
    }

    @Transactional(readOnly = true)
    public List<CallLeg> legsOf(long callId) {
        return legs.findByCallIdOrderById(callId);
    }

    public void legPlaced(LegRef leg, String number, String shows) {
        legs.save(new CallLeg(leg, number, shows, LegState.DIALLING, clock.instant()));
        announce(find(leg.callId()), leg, LegState.DIALLING);
    }

    /** The inbound caller's leg, answered by the engine itself. */
    public void callerAnswered(LegRef leg, String number) {
        CallLeg caller = new CallLeg(leg, number, null, LegState.ANSWERED, clock.instant());
        caller.answered(clock.instant());
        legs.save(caller);
        CallRecord call = find(leg.callId());
        call.inFlow();
        announce(call, leg, LegState.ANSWERED);
    }

    public void legRinging(LegRef leg) {
        change(leg).ringing();
        announce(find(leg.callId()), leg, LegState.RINGING);
    }

    public void legAnswered(LegRef leg) {
        change(leg).answered(clock.instant());
        announce(find(leg.callId()), leg, LegState.ANSWERED);
    }

    public void legFailed(LegRef leg, LegFailure failure) {
        change(leg).failed(failure, clock.instant());
        announce(find(leg.callId()), leg, LegState.FAILED);
    }

    public void legEnded(LegRef leg) {
        change(leg).ended(clock.instant());
        announce(find(leg.callId()), leg, LegState.ENDED);
    }

    public CallRecord bridged(long callId) {
        CallRecord call = find(callId);
        call.bridged(clock.instant());
        announce(call, null, null);
        return call;
    }

    /** The call may stay connected no longer than this, however long it was first allowed. */
    public void limitTo(long callId, long minutes) {
        find(callId).limitTo(minutes);
    }

    public void forwardingTo(long callId, long employeeId, long pricePerMinute) {
        find(callId).forwardingTo(employeeId, pricePerMinute);
    }

    public void missed(CallRecord call, long employeeId, String number) {
        missedCalls.save(new MissedCall(call.getEnterpriseId(), employeeId, number, call.getDirection(), call.getId(), clock.instant()));
    }

    /** Ends, rates and settles the call now; a call already closed is left as it is. */
    public CallRecord close(long callId, CallEnd reason) {
        return closeAt(find(callId), reason, clock.instant());
    }

    /**
     * Ends the call as of {@code at}. The charge is what the ledger actually took, which the hold caps:
     * the CDR's cost and the ledger's debit for the call are the same figure.
     */
    CallRecord closeAt(CallRecord call, CallEnd reason, Instant at) {
        if (!call.isOpen()) {
            return call;
        }
        call.end(reason, at, settings.minuteRounding());
        legs.findByCallIdOrderById(call.getId()).forEach(leg -> leg.ended(at));
        ledger.settleIfHeld(call.getEnterpriseId(), call.ledgerReference(), Money.ofThousandths(call.getCostThousandths()))
                .ifPresent(settlement -> call.chargedAtMost(settlement.charged().thousandths()));
        announce(call, null, null);
        return call;
    }

    public void touch(Collection<Long> callIds) {
        if (!callIds.isEmpty()) {
            calls.touch(callIds, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<CallRecord> abandoned(String nodeId, Instant bootedAt, Instant silentSince) {
        return calls.findAbandoned(nodeId, bootedAt, silentSince);
    }

    /** Closes a call its node left open, at the last moment it was seen alive. */
    public CallRecord closeAbandoned(long callId) {
        CallRecord call = find(callId);
        return closeAt(call, CallEnd.CLOSED_AFTER_NODE_LOSS, call.getLastSeenAt());
    }

    private CallLeg change(LegRef leg) {
        return legs.findByCallIdAndName(leg.callId(), leg.name())
                .orElseThrow(() -> new NoSuchElementException("没有通话线路 " + leg + " (no such leg)"));
    }

    private void announce(CallRecord call, LegRef leg, LegState state) {
        events.publishEvent(new CallChanged(call.getId(), call.getEnterpriseId(), call.getCallerEmployeeId(), call.getStatus(),
                call.getEndReason(), leg == null ? null : leg.name(), state, clock.instant()));
    }
}
