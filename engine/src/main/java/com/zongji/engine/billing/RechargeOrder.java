package com.zongji.engine.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One recharge: started by an admin, paid when the provider's notification arrives. */
@Entity
@Table(name = "recharge_order")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RechargeOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String orderNumber;
    private Long enterpriseId;
    private long amountThousandths;
    private long bonusThousandths;

    @Enumerated(EnumType.STRING)
    private RechargeStatus status;

    private Instant createdAt;
    private Instant paidAt;
    private String paymentReference;

    RechargeOrder(String orderNumber, long enterpriseId, Money amount, Money bonus, Instant createdAt) {
        this.orderNumber = orderNumber;
        this.enterpriseId = enterpriseId;
        this.amountThousandths = amount.thousandths();
        this.bonusThousandths = bonus.thousandths();
        this.status = RechargeStatus.PENDING;
        this.createdAt = createdAt;
    }

    public Money amount() {
        return Money.ofThousandths(amountThousandths);
    }

    public Money bonus() {
        return Money.ofThousandths(bonusThousandths);
    }

    public boolean isPaid() {
        return status == RechargeStatus.PAID;
    }

    void markPaid(String paymentReference, Instant paidAt) {
        this.status = RechargeStatus.PAID;
        this.paymentReference = paymentReference;
        this.paidAt = paidAt;
    }
}
