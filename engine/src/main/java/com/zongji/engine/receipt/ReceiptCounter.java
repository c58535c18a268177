package com.zongji.engine.receipt;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** The receipt numbers given out so far in one calendar year. */
@Entity
@Table(name = "receipt_counter")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReceiptCounter {

    @Id
    private Integer receiptYear;

    private long lastNumber;

    ReceiptCounter(int receiptYear) {
        this.receiptYear = receiptYear;
    }

    long next() {
        return ++lastNumber;
    }
}
