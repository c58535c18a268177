package com.zongji.engine.billing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PrepaidAccountRepository extends JpaRepository<PrepaidAccount, Long> {

    /** select … for update: serialises one enterprise's money movements across all engine nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PrepaidAccount a where a.enterpriseId = :enterpriseId")
    Optional<PrepaidAccount> findForUpdate(long enterpriseId);
}
