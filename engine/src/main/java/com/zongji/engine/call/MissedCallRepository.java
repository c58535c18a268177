package com.zongji.engine.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissedCallRepository extends JpaRepository<MissedCall, Long> {

    Optional<MissedCall> findFirstByEnterpriseIdAndNumberAndDirectionAndMissedAtAfterOrderByMissedAtDesc(
            Long enterpriseId, String number, CallDirection direction, Instant after);

    List<MissedCall> findByEnterpriseIdAndEmployeeIdOrderByMissedAtDesc(Long enterpriseId, Long employeeId);
}
