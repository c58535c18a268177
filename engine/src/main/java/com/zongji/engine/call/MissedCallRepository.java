package com.zongji.engine.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Missed calls. The lookup of call set-up is JPQL: Hibernate keeps a JPQL string's translation, where a
 * derived query's criteria tree is translated again on every call.
 */
public interface MissedCallRepository extends JpaRepository<MissedCall, Long> {

    default Optional<MissedCall> findFirstByEnterpriseIdAndNumberAndDirectionAndMissedAtAfterOrderByMissedAtDesc(
            Long enterpriseId, String number, CallDirection direction, Instant after) {
        return latestSince(enterpriseId, number, direction, after, Limit.of(1)).stream().findFirst();
    }

    @Query("""
            select m from MissedCall m
            where m.enterpriseId = :enterpriseId and m.number = :number and m.direction = :direction
              and m.missedAt > :after
            order by m.missedAt desc""")
    List<MissedCall> latestSince(Long enterpriseId, String number, CallDirection direction, Instant after, Limit limit);

    List<MissedCall> findByEnterpriseIdAndEmployeeIdOrderByMissedAtDesc(Long enterpriseId, Long employeeId);
}
