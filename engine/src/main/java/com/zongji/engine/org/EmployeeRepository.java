package com.zongji.engine.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    List<Employee> findByEnterpriseIdOrderById(Long enterpriseId);

    Optional<Employee> findByIdAndEnterpriseId(Long id, Long enterpriseId);
}
