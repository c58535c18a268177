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

/** One movement of an enterprise's money: signed (credits positive, charges negative), never changed. */
@Entity
@Table(name = "ledger_entry")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private LedgerEntryKind kind;

    private long amountThousandths;
    private long balanceAfterThousandths;

    /** The payment or call this entry belongs to; unique per enterprise and kind when present. */
    private String reference;

    private Instant createdAt;

    LedgerEntry(long enterpriseId, LedgerEntryKind kind, Money amount, Money balanceAfter, String reference, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.kind = kind;
        this.amountThousandths = amount.thousandths();
        this.balanceAfterThousandths = balanceAfter.thousandths();
        this.reference = reference;
        this.createdAt = createdAt;
    }

    public Money amount() {
        return Money.ofThousandths(amountThousandths);
    }

    public Money balanceAfter() {
        return Money.ofThousandths(balanceAfterThousandths);
    }
}
