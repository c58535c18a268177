package com.zongji.engine.call;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.PrepaidLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Keeps a call within what may be spent on it. Balance is held slice by slice (before the first leg is
 * placed, then shortly before each held slice runs out), so simultaneous calls of one enterprise can
 * never spend more than it has; a call is cut when its allowed minutes (quota and balance when it
 * started) are up or a further slice cannot be held, after a warning prompt to the employee.
 */
@Component
@RequiredArgsConstructor
public class CallLimits {

    private static final Prompt WARNING = Prompt.recorded("balance-warning");

    private final PrepaidLedger ledger;
    private final CallBook book;
    private final LiveCalls live;
    private final Telephony telephony;
    private final CallSettings settings;
    private final Clock clock;

    /** Holds the first slice unless one is held already; false (nothing held) when the balance cannot pay for it. */
    public boolean holdFirstSlice(CallRecord call) {
        return heldMinutes(call) > 0 || holdSlice(call);
    }

    /**
     * From the moment the call is connected: renews slices, warns {@code warned} and runs {@code cut} when
     * the limit is reached. Runs on the call's worker.
     */
    public void watch(long callId, LegRef warned, Runnable cut) {
        live.get(callId).ifPresent(state -> plan(book.find(callId), state, warned, cut));
    }

    private void plan(CallRecord call, LiveCalls.LiveCall state, LegRef warned, Runnable cut) {
        state.cancelLimitTimers();
        Instant bridgedAt = call.getAnsweredAt();
        Long allowed = call.getAllowedMinutes();
        if (allowed != null) {
            Instant cutAt = bridgedAt.plus(Duration.ofMinutes(allowed));
            live.schedule(state, until(cutAt.minus(settings.warningBeforeCut())), () -> telephony.play(warned, WARNING));
            live.schedule(state, until(cutAt), cut);
        }
        long held = heldMinutes(call);
        if (allowed == null || held < allowed) {
            Instant heldUntil = bridgedAt.plus(Duration.ofMinutes(held));
            live.schedule(state, until(heldUntil.minus(settings.sliceRenewalLead())), () -> {
                CallRecord now = book.find(call.getId());
                if (!now.isOpen()) {
                    return;
                }
                if (!holdSlice(now)) {
                    // No more balance: the call ends where the money held for it does.
                    book.limitTo(now.getId(), heldMinutes(now));
                }
                plan(book.find(now.getId()), state, warned, cut);
            });
        }
    }

    /** Read from the ledger, not remembered: a flow step that is retried after a rollback holds nothing. */
    private long heldMinutes(CallRecord call) {
        return ledger.heldFor(call.getEnterpriseId(), call.ledgerReference()).thousandths() / call.getPricePerMinuteThousandths();
    }

    private boolean holdSlice(CallRecord call) {
        long minutes = settings.sliceMinutes();
        if (call.getAllowedMinutes() != null) {
            minutes = Math.min(minutes, call.getAllowedMinutes() - heldMinutes(call));
        }
        if (minutes <= 0) {
            return false;
        }
        Money slice = Money.ofThousandths(Math.multiplyExact(minutes, call.getPricePerMinuteThousandths()));
        return ledger.reserve(call.getEnterpriseId(), call.ledgerReference(), slice).granted();
    }

    private Duration until(Instant at) {
        return Duration.between(clock.instant(), at);
    }
}
