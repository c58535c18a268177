package com.zongji.engine.receipt;

import com.zongji.engine.billing.RechargePaid;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the receipt of a paid recharge in the transaction that credits it, and shows an enterprise its
 * receipts. Numbers run per Beijing calendar year of the payment: ZJ-2026-000001, ZJ-2026-000002, …
 */
@Service
@RequiredArgsConstructor
public class IssuingReceipts {

    private final ReceiptRepository receipts;
    private final ReceiptCounterRepository counters;
    private final Clock clock;

    /** Recharging announces a payment once; the unique order number in the table guards that anyway. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void issue(RechargePaid recharge) {
        if (receipts.existsByOrderNumber(recharge.orderNumber())) {
            return;
        }
        receipts.save(new Receipt(nextNumber(ShanghaiTime.of(recharge.paidAt()).getYear()), recharge, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Receipt> receipts(long enterpriseId) {
        return receipts.findByEnterpriseIdOrderByIdDesc(enterpriseId);
    }

    /** Another enterprise's receipt is reported missing, exactly like one that does not exist. */
    @Transactional(readOnly = true)
    public Receipt receipt(long enterpriseId, String receiptNumber) {
        return receipts.findByEnterpriseIdAndReceiptNumber(enterpriseId, receiptNumber).orElseThrow(() ->
                new NoSuchElementException("收据 " + receiptNumber + " 不存在 (no such receipt)"));
    }

    /**
     * Two first payments of a year on two nodes at once both insert the year's counter; the second insert
     * fails and rolls its payment back, and the provider's repeated notification then pays it normally.
     */
    private String nextNumber(int year) {
        ReceiptCounter counter = counters.findForUpdate(year)
                .orElseGet(() -> counters.saveAndFlush(new ReceiptCounter(year)));
        return "ZJ-%d-%06d".formatted(year, counter.next());
    }
}
