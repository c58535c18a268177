package com.zongji.engine.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByEnterpriseIdOrderById(Long enterpriseId);
}
