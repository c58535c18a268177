package com.zongji.engine.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every change to a call reads its legs: JPQL, whose translation Hibernate keeps (a derived query's it does not). */
public interface CallLegRepository extends JpaRepository<CallLeg, Long> {

    @Query("select l from CallLeg l where l.callId = :callId and l.name = :name")
    Optional<CallLeg> findByCallIdAndName(Long callId, String name);

    @Query("select l from CallLeg l where l.callId = :callId order by l.id")
    List<CallLeg> findByCallIdOrderById(Long callId);
}
