package com.zongji.rules.table;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleTableVersionRepository extends JpaRepository<RuleTableVersion, Long> {

    Optional<RuleTableVersion> findByTableNameAndVersion(String tableName, int version);

    Optional<RuleTableVersion> findFirstByTableNameOrderByVersionDesc(String tableName);

    List<RuleTableVersion> findByTableNameOrderByVersion(String tableName);
}
