package com.zongji.rules.table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision tables' history in the database: every validated upload is a version, every activation
 * (and rollback) a row naming who, when and why. Each node follows the latest activation of every table
 * within seconds, so one analyst's activation takes effect on all nodes without a restart.
 */
@Slf4j
@Service
public class RuleTableLibrary {

    static final String SYSTEM = "system";

    private final ActiveRuleTables active;
    private final RuleTableVersionRepository versions;
    private final RuleTableActivationRepository activations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RuleTableLibrary(ActiveRuleTables active, RuleTableVersionRepository versions,
                            RuleTableActivationRepository activations, TransactionTemplate transaction, Clock clock) {
        this.active = active;
        this.versions = versions;
        this.activations = activations;
        this.transaction = transaction;
        this.clock = clock;
        active.names().forEach(this::installShipped);
        follow();
    }

    public record History(List<RuleTableVersion> versions, List<RuleTableActivation> activations) {
    }

    /** Validates a workbook (compiles, runs its examples) and keeps it as the next version; nothing changes if it fails. */
    @Transactional
    public RuleTableVersion upload(String table, byte[] workbook, String by, String reason) {
        active.verified(table, workbook);
        return store(table, workbook, by, reason);
    }

    private RuleTableVersion store(String table, byte[] workbook, String by, String reason) {
        int next = versions.findFirstByTableNameOrderByVersionDesc(table).map(v -> v.getVersion() + 1).orElse(1);
        return versions.save(new RuleTableVersion(table, next, workbook, sha256(workbook), by, clock.instant(), reason));
    }

    /** Makes a stored version the active one (a rollback names an earlier version); effective at once here. */
    public RuleTableActivation activate(String table, int version, String by, String reason) {
        byte[] workbook = transaction.execute(status -> version(table, version).getWorkbook());
        TableRules verified = active.verified(table, workbook);
        RuleTableActivation activation = activations.save(
                new RuleTableActivation(table, version, by, clock.instant(), reason));
        active.install(verified, version);
        return activation;
    }

    @Transactional(readOnly = true)
    public byte[] workbook(String table, int version) {
        return version(table, version).getWorkbook().clone();
    }

    @Transactional(readOnly = true)
    public History history(String table) {
        active.rules(table);
        return new History(versions.findByTableNameOrderByVersion(table), activations.findByTableNameOrderById(table));
    }

    public int activeVersion(String table) {
        return active.activeVersion(table);
    }

    public List<String> tables() {
        return active.names().stream().sorted().toList();
    }

    /** Brings this node to the latest activation of every table. */
    @Scheduled(fixedDelayString = "${zongji.rules.follow-millis:2000}")
    public void follow() {
        for (String table : active.names()) {
            activations.findFirstByTableNameOrderByIdDesc(table)
                    .filter(latest -> latest.getVersion() != active.activeVersion(table))
                    .ifPresent(latest -> followTo(table, latest.getVersion()));
        }
    }

    private void followTo(String table, int version) {
        try {
            byte[] workbook = transaction.execute(status -> version(table, version).getWorkbook());
            if (active.activeVersion(table) == ActiveRuleTables.SHIPPED
                    && Arrays.equals(workbook, active.shippedWorkbook(table))) {
                // Already compiled and verified at start: no second compilation.
                active.shippedIsStoredAs(table, version);
                return;
            }
            active.activate(table, workbook, version);
            log.info("Decision table {} now at version {}", table, version);
        } catch (RuntimeException e) {
            log.error("Decision table {} version {} could not be activated here; version {} stays", table, version,
                    active.activeVersion(table), e);
        }
    }

    /**
     * The first start stores the shipped workbook as version 1 and activates it. A release shipping a
     * changed workbook adds it as a new version and activates it, since the code it comes with expects it.
     */
    private void installShipped(String table) {
        byte[] shipped = active.shippedWorkbook(table);
        String sha = sha256(shipped);
        try {
            transaction.executeWithoutResult(status -> {
                boolean known = versions.findByTableNameOrderByVersion(table).stream()
                        .anyMatch(v -> v.getSha256().equals(sha));
                if (!known) {
                    // Verified with its examples when ActiveRuleTables loaded it.
                    RuleTableVersion version = store(table, shipped, SYSTEM, "shipped with Zongji");
                    activations.save(new RuleTableActivation(table, version.getVersion(), SYSTEM, clock.instant(),
                            "shipped with Zongji"));
                }
            });
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("Decision table {}: another node installed the shipped workbook", table);
        }
    }

    private RuleTableVersion version(String table, int version) {
        return versions.findByTableNameAndVersion(table, version)
                .orElseThrow(() -> new NoSuchElementException("Decision table " + table + " has no version " + version));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
