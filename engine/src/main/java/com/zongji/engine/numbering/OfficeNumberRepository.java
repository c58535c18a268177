package com.zongji.engine.numbering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeNumberRepository extends JpaRepository<OfficeNumber, String> {

    boolean existsByNumberAndStatus(String number, NumberStatus status);

    List<OfficeNumber> findByEnterpriseId(Long enterpriseId);
}
