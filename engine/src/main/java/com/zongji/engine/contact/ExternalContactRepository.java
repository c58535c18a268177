package com.zongji.engine.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExternalContactRepository extends JpaRepository<ExternalContact, Long> {

    /** Inbound smart routing and callback calls match callers against these. */
    List<ExternalContact> findByEnterpriseIdOrderById(Long enterpriseId);

    Optional<ExternalContact> findByIdAndEnterpriseId(Long id, Long enterpriseId);

    Optional<ExternalContact> findByEnterpriseIdAndNumber(Long enterpriseId, String number);
}
