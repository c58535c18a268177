package com.zongji.engine.billing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RechargeOrderRepository extends JpaRepository<RechargeOrder, Long> {

    /** select … for update: notifications repeated at once on several nodes are handled one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from RechargeOrder o where o.orderNumber = :orderNumber")
    Optional<RechargeOrder> findForUpdate(String orderNumber);

    List<RechargeOrder> findByEnterpriseIdOrderByCreatedAtDesc(Long enterpriseId);
}
