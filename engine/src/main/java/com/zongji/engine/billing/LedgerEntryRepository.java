package com.zongji.engine.billing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The ledger is append-only: entries are saved once and read, never updated nor deleted. */
public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByEnterpriseIdOrderById(Long enterpriseId);

    Optional<LedgerEntry> findByEnterpriseIdAndKindAndReference(Long enterpriseId, LedgerEntryKind kind, String reference);
}
