package com.zongji.engine.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExternalContactRepository extends JpaRepository<ExternalContact, Long> {

    List<ExternalContact> findByEnterpriseIdOrderById(Long enterpriseId);
}
