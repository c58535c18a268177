package com.zongji.engine.onboarding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountApplicationRepository extends JpaRepository<AccountApplication, Long> {
}
