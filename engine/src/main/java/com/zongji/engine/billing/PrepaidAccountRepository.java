package com.zongji.engine.billing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrepaidAccountRepository extends JpaRepository<PrepaidAccount, Long> {
}
