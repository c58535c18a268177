package com.zongji.engine.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExternalContactRepository extends JpaRepository<ExternalContact, Long> {

    /** Inbound smart routing and callback calls match callers against these. */
    List<ExternalContact> findByEnterpriseIdOrderById(Long enterpriseId);

    Optional<ExternalContact> findByIdAndEnterpriseId(Long id, Long enterpriseId);

    /** A number is one contact of an enterprise; inbound smart routing looks the caller up by it (JPQL: its plan is cached). */
    @Query("select c from ExternalContact c where c.enterpriseId = :enterpriseId and c.number = :number")
    Optional<ExternalContact> findByEnterpriseIdAndNumber(Long enterpriseId, String number);
}
