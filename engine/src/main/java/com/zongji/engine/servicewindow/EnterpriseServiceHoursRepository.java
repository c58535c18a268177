package com.zongji.engine.servicewindow;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseServiceHoursRepository extends JpaRepository<EnterpriseServiceHours, Long> {
}
