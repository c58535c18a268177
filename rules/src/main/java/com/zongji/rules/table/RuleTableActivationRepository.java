package com.zongji.rules.table;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleTableActivationRepository extends JpaRepository<RuleTableActivation, Long> {

    Optional<RuleTableActivation> findFirstByTableNameOrderByIdDesc(String tableName);

    List<RuleTableActivation> findByTableNameOrderById(String tableName);
}
