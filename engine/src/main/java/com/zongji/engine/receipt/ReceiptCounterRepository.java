package com.zongji.engine.receipt;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReceiptCounterRepository extends JpaRepository<ReceiptCounter, Integer> {

    /** select … for update: receipts issued at once on several nodes take their numbers one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReceiptCounter c where c.receiptYear = :receiptYear")
    Optional<ReceiptCounter> findForUpdate(int receiptYear);
}
