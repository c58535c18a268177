package com.zongji.engine.billing;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's prepaid money: credits, holds for live calls, and the charges that settle them.
 * <p>
 * Every change first locks the enterprise's account row ({@code select … for update}), so one enterprise's
 * movements run one after another on every engine node sharing the database; the balance it caches and
 * the entry explaining the change are written in that same transaction, so the balance always equals the
 * sum of the entries. A call holds balance before each leg ({@link #reserve}) and pays at hang-up
 * ({@link #settle}) at most what it held, so simultaneous calls can never spend more than there is.
 * Unique constraints on the entry and hold references back this up should the code ever be bypassed.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class PrepaidLedger {

    private final PrepaidAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final BalanceReservationRepository reservations;
    private final Clock clock;

    /** Adds money; a reference already credited with this kind (a repeated payment notice) credits nothing more. */
    public LedgerEntry credit(long enterpriseId, Money amount, LedgerEntryKind kind, String reference) {
        if (!kind.isCredit()) {
            throw new IllegalArgumentException("入账类型不能是 " + kind + " (not a credit kind)");
        }
        requirePositive(amount);
        PrepaidAccount account = lock(enterpriseId);
        if (reference != null) {
            var earlier = entries.findByEnterpriseIdAndKindAndReference(enterpriseId, kind, reference);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return post(account, kind, amount, reference);
    }

    /** Holds one more slice for the call if the available balance covers it; otherwise holds nothing. */
    public SliceReservation reserve(long enterpriseId, String callReference, Money slice) {
        requirePositive(slice);
        PrepaidAccount account = lock(enterpriseId);
        BalanceReservation hold = reservations.findByEnterpriseIdAndCallReference(enterpriseId, callReference)
                .orElseGet(() -> new BalanceReservation(enterpriseId, callReference, clock.instant()));
        if (hold.isSettled()) {
            throw new IllegalStateException("通话 " + callReference + " 已结算，不能再预留余额 (call already settled)");
        }
        Money available = availableOf(account);
        if (available.isLessThan(slice)) {
            return new SliceReservation(false, hold.reserved(), available);
        }
        hold.add(slice);
        reservations.save(hold);
        return new SliceReservation(true, hold.reserved(), available.minus(slice));
    }

    /**
     * Charges the ended call, capped at what it held, and releases the hold. Settling the same call again
     * changes nothing and answers the first settlement.
     */
    public Settlement settle(long enterpriseId, String callReference, Money charge) {
        if (charge.isLessThan(Money.ZERO)) {
            throw new IllegalArgumentException("通话费用不能为负 (negative charge)");
        }
        PrepaidAccount account = lock(enterpriseId);
        BalanceReservation hold = reservations.findByEnterpriseIdAndCallReference(enterpriseId, callReference)
                .orElseThrow(() -> new NoSuchElementException(
                        "通话 " + callReference + " 没有预留余额 (no reservation for call)"));
        if (hold.isSettled()) {
            return hold.settlement();
        }
        Settlement settlement = hold.settle(charge, clock.instant());
        if (Money.ZERO.isLessThan(settlement.charged())) {
            post(account, LedgerEntryKind.CALL_CHARGE, Money.ZERO.minus(settlement.charged()), callReference);
        }
        return settlement;
    }

    /** Settles the call if it ever held balance (an inbound call that never rang anyone did not). */
    public Optional<Settlement> settleIfHeld(long enterpriseId, String callReference, Money charge) {
        if (reservations.findByEnterpriseIdAndCallReference(enterpriseId, callReference).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(settle(enterpriseId, callReference, charge));
    }

    /** What the call holds now (zero before its first slice and after settlement). */
    @Transactional(readOnly = true)
    public Money heldFor(long enterpriseId, String callReference) {
        return reservations.findByEnterpriseIdAndCallReference(enterpriseId, callReference)
                .filter(hold -> !hold.isSettled())
                .map(BalanceReservation::reserved)
                .orElse(Money.ZERO);
    }

    @Transactional(readOnly = true)
    public Money balance(long enterpriseId) {
        return find(enterpriseId).balance();
    }

    /** The balance less what live calls hold: what a new slice may take. */
    @Transactional(readOnly = true)
    public Money available(long enterpriseId) {
        return availableOf(find(enterpriseId));
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(long enterpriseId) {
        return entries.findByEnterpriseIdOrderById(enterpriseId);
    }

    private LedgerEntry post(PrepaidAccount account, LedgerEntryKind kind, Money amount, String reference) {
        Money balanceAfter = account.post(amount);
        return entries.save(new LedgerEntry(account.getEnterpriseId(), kind, amount, balanceAfter, reference, clock.instant()));
    }

    private Money availableOf(PrepaidAccount account) {
        return account.balance().minus(Money.ofThousandths(reservations.sumOpenReservations(account.getEnterpriseId())));
    }

    private PrepaidAccount lock(long enterpriseId) {
        return accounts.findForUpdate(enterpriseId).orElseThrow(() -> noAccount(enterpriseId));
    }

    private PrepaidAccount find(long enterpriseId) {
        return accounts.findById(enterpriseId).orElseThrow(() -> noAccount(enterpriseId));
    }

    private static NoSuchElementException noAccount(long enterpriseId) {
        return new NoSuchElementException("企业 " + enterpriseId + " 没有预付费账户 (no prepaid account)");
    }

    private static void requirePositive(Money amount) {
        if (!Money.ZERO.isLessThan(amount)) {
            throw new IllegalArgumentException("金额必须大于零 (amount must be positive)");
        }
    }
}
