package com.zongji.engine.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RechargingTest {

    private static final long ENTERPRISE = 7;
    private static final Money THOUSAND_YUAN = Money.ofThousandths(1_000_000);
    private static final Money HUNDRED_YUAN = Money.ofThousandths(100_000);

    private final RechargeOrderRepository orders = mock(RechargeOrderRepository.class);
    private final PrepaidLedger ledger = mock(PrepaidLedger.class);
    private final RechargeBonusPolicy tenPercentAboveFiveHundred = amount ->
            amount.thousandths() >= 500_000 ? Money.ofThousandths(amount.thousandths() / 10) : Money.ZERO;
    private final List<Object> announced = new ArrayList<>();
    private final Recharging recharging = new Recharging(orders, ledger, tenPercentAboveFiveHundred,
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC), announced::add);

    @Test
    void aStartedRechargeIsPendingWithTheBonusOfItsAmount() {
        when(orders.save(any())).thenAnswer(call -> call.getArgument(0));

        RechargeOrder order = recharging.start(ENTERPRISE, THOUSAND_YUAN);

        assertThat(order.getStatus()).isEqualTo(RechargeStatus.PENDING);
        assertThat(order.amount()).isEqualTo(THOUSAND_YUAN);
        assertThat(order.bonus()).isEqualTo(HUNDRED_YUAN);
        assertThat(order.getOrderNumber()).startsWith("RC");
    }

    @Test
    void everyRechargeGetsItsOwnOrderNumber() {
        when(orders.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThat(recharging.start(ENTERPRISE, THOUSAND_YUAN).getOrderNumber())
                .isNotEqualTo(recharging.start(ENTERPRISE, THOUSAND_YUAN).getOrderNumber());
    }

    @Test
    void aRechargeOfNothingIsRefused() {
        assertThatThrownBy(() -> recharging.start(ENTERPRISE, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("充值金额必须大于零");
        verify(orders, never()).save(any());
    }

    @Test
    void payingCreditsTheAmountAndTheBonusUnderTheOrderNumber() {
        RechargeOrder order = pending("RC1", THOUSAND_YUAN, HUNDRED_YUAN);

        RechargeOrder paid = recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");

        verify(ledger).credit(ENTERPRISE, THOUSAND_YUAN, LedgerEntryKind.RECHARGE, "RC1");
        verify(ledger).credit(ENTERPRISE, HUNDRED_YUAN, LedgerEntryKind.BONUS, "RC1");
        assertThat(paid).isSameAs(order);
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.getPaymentReference()).isEqualTo("2026030222001");
        assertThat(paid.getPaidAt()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
    }

    @Test
    void aRepeatedNotificationCreditsNothingMore() {
        pending("RC1", THOUSAND_YUAN, HUNDRED_YUAN);

        recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");
        recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");
        recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");

        verify(ledger, times(1)).credit(ENTERPRISE, THOUSAND_YUAN, LedgerEntryKind.RECHARGE, "RC1");
        verify(ledger, times(1)).credit(ENTERPRISE, HUNDRED_YUAN, LedgerEntryKind.BONUS, "RC1");
    }

    @Test
    void onlyTheFirstNotificationAnnouncesThePaymentForItsReceipt() {
        pending("RC1", THOUSAND_YUAN, HUNDRED_YUAN);

        recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");
        recharging.paid("RC1", THOUSAND_YUAN, "2026030222001");

        assertThat(announced).containsExactly(new RechargePaid("RC1", ENTERPRISE, THOUSAND_YUAN, HUNDRED_YUAN,
                Instant.parse("2026-03-02T02:00:00Z"), "2026030222001"));
    }

    @Test
    void aRechargeWithoutBonusCreditsNoBonusEntry() {
        pending("RC2", HUNDRED_YUAN, Money.ZERO);

        recharging.paid("RC2", HUNDRED_YUAN, "p");

        verify(ledger).credit(ENTERPRISE, HUNDRED_YUAN, LedgerEntryKind.RECHARGE, "RC2");
        verify(ledger, never()).credit(anyLong(), any(), eq(LedgerEntryKind.BONUS), any());
    }

    @Test
    void aPaidAmountDifferentFromTheOrderIsRefusedAndCreditsNothing() {
        RechargeOrder order = pending("RC1", THOUSAND_YUAN, HUNDRED_YUAN);

        assertThatThrownBy(() -> recharging.paid("RC1", Money.ofThousandths(999_990), "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("与订单金额");
        verify(ledger, never()).credit(anyLong(), any(), any(), any());
        assertThat(order.isPaid()).isFalse();
    }

    @Test
    void anUnknownOrderNumberIsNotFound() {
        when(orders.findForUpdate("RC9")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> recharging.paid("RC9", THOUSAND_YUAN, "p")).isInstanceOf(NoSuchElementException.class);
    }

    private RechargeOrder pending(String number, Money amount, Money bonus) {
        RechargeOrder order = new RechargeOrder(number, ENTERPRISE, amount, bonus, Instant.parse("2026-03-02T01:00:00Z"));
        when(orders.findForUpdate(number)).thenReturn(Optional.of(order));
        return order;
    }
}
