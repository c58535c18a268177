package com.zongji.engine.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    List<Employee> findByEnterpriseIdOrderById(Long enterpriseId);

    @Query("select e from Employee e where e.id = :id and e.enterpriseId = :enterpriseId")
    Optional<Employee> findByIdAndEnterpriseId(Long id, Long enterpriseId);

    /** How many keys the longest extension of the enterprise has; empty when none has one. Asked on every inbound call. */
    @Query("select max(length(e.extension)) from Employee e where e.enterpriseId = :enterpriseId and trim(e.extension) <> ''")
    Optional<Integer> longestExtension(long enterpriseId);

    @Query("select e from Employee e where e.enterpriseId = :enterpriseId and e.extension = :extension")
    Optional<Employee> findByEnterpriseIdAndExtension(long enterpriseId, String extension);
}
