package com.zongji.engine.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Balance held for one live call, grown slice by slice; open until the call is settled, which charges
 * at most what was held and gives the rest back to the available balance.
 */
@Entity
@Table(name = "balance_reservation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BalanceReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private String callReference;
    private long reservedThousandths;
    private Long chargedThousandths;
    private Instant createdAt;
    private Instant settledAt;

    BalanceReservation(long enterpriseId, String callReference, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.callReference = callReference;
        this.createdAt = createdAt;
    }

    public Money reserved() {
        return Money.ofThousandths(reservedThousandths);
    }

    public boolean isSettled() {
        return settledAt != null;
    }

    void add(Money slice) {
        requireOpen();
        reservedThousandths = Math.addExact(reservedThousandths, slice.thousandths());
    }

    /** The call was cut before it could spend more than was held, so a larger charge is capped. */
    Settlement settle(Money charge, Instant at) {
        requireOpen();
        chargedThousandths = Math.min(charge.thousandths(), reservedThousandths);
        settledAt = at;
        return settlement();
    }

    Settlement settlement() {
        return new Settlement(reserved(), Money.ofThousandths(chargedThousandths));
    }

    private void requireOpen() {
        if (isSettled()) {
            throw new IllegalStateException("通话 " + callReference + " 已结算 (call already settled)");
        }
    }
}
