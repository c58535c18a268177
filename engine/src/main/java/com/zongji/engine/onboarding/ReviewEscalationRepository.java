package com.zongji.engine.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewEscalationRepository extends JpaRepository<ReviewEscalation, Long> {

    List<ReviewEscalation> findByEnterpriseId(Long enterpriseId);
}
