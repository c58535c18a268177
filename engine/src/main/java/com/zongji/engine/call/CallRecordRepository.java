package com.zongji.engine.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CallRecordRepository extends JpaRepository<CallRecord, Long> {

    List<CallRecord> findByEnterpriseIdOrderByStartedAtDesc(Long enterpriseId);

    List<CallRecord> findByEnterpriseIdAndCallerEmployeeIdOrderByStartedAtDesc(Long enterpriseId, Long employeeId);

    /** Open calls a node left behind: those it held before it (re)started, or not seen alive for a while. */
    @Query("""
            select c from CallRecord c
            where c.status in (com.zongji.engine.call.CallStatus.SETTING_UP, com.zongji.engine.call.CallStatus.IN_FLOW,
                               com.zongji.engine.call.CallStatus.BRIDGED)
              and ((c.nodeId = :node and c.startedAt < :bootedAt) or c.lastSeenAt < :silentSince)""")
    List<CallRecord> findAbandoned(String node, Instant bootedAt, Instant silentSince);

    @Modifying
    @Query("update CallRecord c set c.lastSeenAt = :at where c.id in :ids and c.endedAt is null")
    int touch(Collection<Long> ids, Instant at);

    /** Minutes billed to the employee's own calls in [from, to): what counts against the monthly quota. */
    @Query("""
            select coalesce(sum(c.billedMinutes), 0) from CallRecord c
            where c.callerEmployeeId = :employeeId and c.direction = com.zongji.engine.call.CallDirection.OUTBOUND
              and c.startedAt >= :from and c.startedAt < :to""")
    long billedMinutes(Long employeeId, Instant from, Instant to);
}
