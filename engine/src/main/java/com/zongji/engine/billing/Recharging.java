package com.zongji.engine.billing;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recharges: an admin starts an order, the payment provider's notification pays it. The provider repeats
 * its notification until it is acknowledged, so paying is idempotent: the order row is locked, a paid
 * order is answered as it is, and the ledger credits each kind once per order number anyway. The first
 * payment is announced ({@link RechargePaid}) inside the same transaction, so its receipt commits with the credit.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class Recharging {

    private final RechargeOrderRepository orders;
    private final PrepaidLedger ledger;
    private final RechargeBonusPolicy bonusPolicy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public RechargeOrder start(long enterpriseId, Money amount) {
        if (!Money.ZERO.isLessThan(amount)) {
            throw new IllegalArgumentException("充值金额必须大于零 (recharge amount must be positive)");
        }
        Money bonus = bonusPolicy.bonusFor(amount);
        return orders.save(new RechargeOrder(newOrderNumber(), enterpriseId, amount, bonus, clock.instant()));
    }

    public RechargeOrder paid(String orderNumber, Money paidAmount, String paymentReference) {
        RechargeOrder order = orders.findForUpdate(orderNumber).orElseThrow(() -> new NoSuchElementException(
                "充值订单 " + orderNumber + " 不存在 (no such recharge order)"));
        if (!order.amount().equals(paidAmount)) {
            throw new IllegalArgumentException("支付金额 " + paidAmount.toYuanString() + " 元与订单金额 "
                    + order.amount().toYuanString() + " 元不符 (paid amount differs from the order)");
        }
        if (order.isPaid()) {
            return order;
        }
        ledger.credit(order.getEnterpriseId(), order.amount(), LedgerEntryKind.RECHARGE, orderNumber);
        if (Money.ZERO.isLessThan(order.bonus())) {
            ledger.credit(order.getEnterpriseId(), order.bonus(), LedgerEntryKind.BONUS, orderNumber);
        }
        order.markPaid(paymentReference, clock.instant());
        events.publishEvent(new RechargePaid(orderNumber, order.getEnterpriseId(), order.amount(), order.bonus(),
                order.getPaidAt(), paymentReference));
        return order;
    }

    @Transactional(readOnly = true)
    public List<RechargeOrder> orders(long enterpriseId) {
        return orders.findByEnterpriseIdOrderByCreatedAtDesc(enterpriseId);
    }

    private static String newOrderNumber() {
        return "RC" + UUID.randomUUID().toString().replace("-", "");
    }
}
