package com.zongji.engine.billing;

import java.time.Instant;

/** A recharge was paid and credited; announced once per order, inside the crediting transaction. */
public record RechargePaid(String orderNumber, long enterpriseId, Money amount, Money bonus, Instant paidAt,
                           String paymentReference) {
}
