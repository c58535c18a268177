package com.zongji.engine.call;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallLegRepository extends JpaRepository<CallLeg, Long> {

    Optional<CallLeg> findByCallIdAndName(Long callId, String name);

    List<CallLeg> findByCallIdOrderById(Long callId);
}
