package com.zongji.engine.billing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BalanceReservationRepository extends JpaRepository<BalanceReservation, Long> {

    Optional<BalanceReservation> findByEnterpriseIdAndCallReference(Long enterpriseId, String callReference);

    @Query("""
            select coalesce(sum(r.reservedThousandths), 0) from BalanceReservation r
            where r.enterpriseId = :enterpriseId and r.settledAt is null""")
    long sumOpenReservations(long enterpriseId);
}
