package com.zongji.engine.receipt;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.RechargePaid;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The receipt (收据) of one paid recharge: what was paid, the bonus credited with it, and when. */
@Entity
@Table(name = "receipt")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String receiptNumber;
    private Long enterpriseId;
    private String orderNumber;
    private long amountThousandths;
    private long bonusThousandths;
    private Instant paidAt;
    private String paymentReference;
    private Instant issuedAt;

    Receipt(String receiptNumber, RechargePaid recharge, Instant issuedAt) {
        this.receiptNumber = receiptNumber;
        this.enterpriseId = recharge.enterpriseId();
        this.orderNumber = recharge.orderNumber();
        this.amountThousandths = recharge.amount().thousandths();
        this.bonusThousandths = recharge.bonus().thousandths();
        this.paidAt = recharge.paidAt();
        this.paymentReference = recharge.paymentReference();
        this.issuedAt = issuedAt;
    }

    public Money amount() {
        return Money.ofThousandths(amountThousandths);
    }

    public Money bonus() {
        return Money.ofThousandths(bonusThousandths);
    }
}
