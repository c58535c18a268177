package com.zongji.engine.receipt;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    List<Receipt> findByEnterpriseIdOrderByIdDesc(Long enterpriseId);

    Optional<Receipt> findByEnterpriseIdAndReceiptNumber(Long enterpriseId, String receiptNumber);

    boolean existsByOrderNumber(String orderNumber);
}
