package com.zongji.engine.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PrepaidLedgerTest {

    private static final long ENTERPRISE = 7;
    private static final String CALL = "call-1";
    private static final Money SLICE = Money.ofThousandths(288);

    private final PrepaidAccountRepository accounts = mock(PrepaidAccountRepository.class);
    private final LedgerEntryRepository entries = mock(LedgerEntryRepository.class);
    private final BalanceReservationRepository reservations = mock(BalanceReservationRepository.class);
    private final PrepaidLedger ledger = new PrepaidLedger(accounts, entries, reservations,
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC));
    private final PrepaidAccount account = new PrepaidAccount(ENTERPRISE);

    @BeforeEach
    void anAccountLockedForUpdate() {
        when(accounts.findForUpdate(ENTERPRISE)).thenReturn(Optional.of(account));
        when(accounts.findById(ENTERPRISE)).thenReturn(Optional.of(account));
        when(entries.save(any())).thenAnswer(call -> call.getArgument(0));
        when(reservations.findByEnterpriseIdAndCallReference(ENTERPRISE, CALL)).thenReturn(Optional.empty());
    }

    @Test
    void aCreditRaisesTheBalanceAndRecordsTheBalanceAfterIt() {
        LedgerEntry entry = ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");

        assertThat(entry.amount()).isEqualTo(Money.ofThousandths(1_000));
        assertThat(entry.balanceAfter()).isEqualTo(Money.ofThousandths(1_000));
        assertThat(account.balance()).isEqualTo(Money.ofThousandths(1_000));
    }

    @Test
    void aPaymentAlreadyCreditedCreditsNothingMore() {
        LedgerEntry first = ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");
        when(entries.findByEnterpriseIdAndKindAndReference(ENTERPRISE, LedgerEntryKind.RECHARGE, "pay-1"))
                .thenReturn(Optional.of(first));

        LedgerEntry again = ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");

        assertThat(again).isSameAs(first);
        assertThat(account.balance()).isEqualTo(Money.ofThousandths(1_000));
        verify(entries, times(1)).save(any());
    }

    @Test
    void aCallChargeIsNoCreditKind() {
        assertThatThrownBy(() -> ledger.credit(ENTERPRISE, Money.ofThousandths(1), LedgerEntryKind.CALL_CHARGE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroBalanceHoldsNothing() {
        SliceReservation refused = ledger.reserve(ENTERPRISE, CALL, SLICE);

        assertThat(refused.granted()).isFalse();
        assertThat(refused.reservedForCall()).isEqualTo(Money.ZERO);
        verify(reservations, never()).save(any());
    }

    @Test
    void whatLiveCallsHoldIsNotAvailableToAnotherSlice() {
        ledger.credit(ENTERPRISE, Money.ofThousandths(500), LedgerEntryKind.RECHARGE, "pay-1");
        when(reservations.sumOpenReservations(ENTERPRISE)).thenReturn(288L);

        assertThat(ledger.reserve(ENTERPRISE, CALL, SLICE).granted()).isFalse();
        assertThat(ledger.available(ENTERPRISE)).isEqualTo(Money.ofThousandths(212));
    }

    @Test
    void aGrantedSliceIsAddedToTheCallsHold() {
        ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");

        SliceReservation granted = ledger.reserve(ENTERPRISE, CALL, SLICE);

        assertThat(granted).isEqualTo(new SliceReservation(true, SLICE, Money.ofThousandths(712)));
        verify(reservations).save(any());
    }

    @Test
    void aSliceMustBePositive() {
        assertThatThrownBy(() -> ledger.reserve(ENTERPRISE, CALL, Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settlingChargesAtMostWhatTheCallHeldAndReleasesTheRest() {
        ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");
        BalanceReservation hold = holdOf(SLICE);

        Settlement settlement = ledger.settle(ENTERPRISE, CALL, Money.ofThousandths(400));

        assertThat(settlement).isEqualTo(new Settlement(SLICE, SLICE));
        assertThat(hold.isSettled()).isTrue();
        assertThat(account.balance()).isEqualTo(Money.ofThousandths(712));
        ArgumentCaptor<LedgerEntry> saved = ArgumentCaptor.forClass(LedgerEntry.class);
        verify(entries, times(2)).save(saved.capture());
        LedgerEntry charge = saved.getValue();
        assertThat(charge.getKind()).isEqualTo(LedgerEntryKind.CALL_CHARGE);
        assertThat(charge.getReference()).isEqualTo(CALL);
        assertThat(charge.amount()).isEqualTo(Money.ofThousandths(-288));
    }

    @Test
    void settlingTheSameCallAgainChargesOnceAndAnswersTheFirstSettlement() {
        ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");
        holdOf(SLICE);

        Settlement first = ledger.settle(ENTERPRISE, CALL, Money.ofThousandths(96));
        Settlement again = ledger.settle(ENTERPRISE, CALL, Money.ofThousandths(192));

        assertThat(again).isEqualTo(first);
        assertThat(first.released()).isEqualTo(Money.ofThousandths(192));
        assertThat(account.balance()).isEqualTo(Money.ofThousandths(904));
        verify(entries, times(2)).save(any());
    }

    @Test
    void anUnansweredCallReleasesItsHoldWithoutAnEntry() {
        holdOf(SLICE);

        Settlement settlement = ledger.settle(ENTERPRISE, CALL, Money.ZERO);

        assertThat(settlement.released()).isEqualTo(SLICE);
        verify(entries, never()).save(any());
    }

    @Test
    void aSettledCallHoldsNoMoreSlices() {
        ledger.credit(ENTERPRISE, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-1");
        holdOf(SLICE);
        ledger.settle(ENTERPRISE, CALL, Money.ZERO);

        assertThatThrownBy(() -> ledger.reserve(ENTERPRISE, CALL, SLICE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCallWithoutAHoldCannotBeSettled() {
        assertThatThrownBy(() -> ledger.settle(ENTERPRISE, CALL, SLICE)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anEnterpriseWithoutAnAccountIsRefused() {
        when(accounts.findForUpdate(anyLong())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> ledger.reserve(99, CALL, SLICE)).isInstanceOf(NoSuchElementException.class);
    }

    private BalanceReservation holdOf(Money reserved) {
        BalanceReservation hold = new BalanceReservation(ENTERPRISE, CALL, Instant.EPOCH);
        hold.add(reserved);
        when(reservations.findByEnterpriseIdAndCallReference(ENTERPRISE, CALL)).thenReturn(Optional.of(hold));
        return hold;
    }
}
