package com.zongji.engine.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByEnterpriseIdOrderById(Long enterpriseId);
}
