package com.zongji.rules.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The version of each decision table that decides right now. A workbook becomes active only when it
 * compiles and all of its own examples hold; otherwise it is rejected and the active one stays.
 */
@Component
public class ActiveRuleTables {

    public static final int SHIPPED = 0;

    private final Map<String, RuleTable> tables;
    private final DecisionTableCompiler compiler;
    private final Map<String, TableRules> active = new ConcurrentHashMap<>();
    private final Map<String, Integer> activeVersions = new ConcurrentHashMap<>();

    public ActiveRuleTables(List<RuleTable> tables, DecisionTableCompiler compiler) {
        this.tables = tables.stream().collect(Collectors.toMap(RuleTable::name, Function.identity()));
        this.compiler = compiler;
        tables.forEach(table -> activate(table.name(), shipped(table), SHIPPED));
    }

    public TableRules rules(String table) {
        TableRules rules = active.get(table);
        if (rules == null) {
            throw new IllegalArgumentException("No decision table " + table);
        }
        return rules;
    }

    /** Compiles and self-tests a workbook, then makes it the one that decides. */
    public TableRules activate(String table, byte[] workbook) {
        return activate(table, workbook, SHIPPED);
    }

    /** As {@link #activate(String, byte[])}, recording which stored version now decides. */
    public TableRules activate(String table, byte[] workbook, int version) {
        TableRules candidate = verified(table, workbook);
        install(candidate, version);
        return candidate;
    }

    /** Makes already verified rules the ones that decide. */
    synchronized void install(TableRules verified, int version) {
        active.put(verified.table(), verified);
        activeVersions.put(verified.table(), version);
    }

    /** Records that the shipped workbook deciding here is stored as the given version. */
    synchronized void shippedIsStoredAs(String table, int version) {
        if (activeVersion(table) == SHIPPED) {
            activeVersions.put(table, version);
        }
    }

    /** The stored version deciding on this node; {@value #SHIPPED} while it is the shipped workbook. */
    public int activeVersion(String table) {
        return activeVersions.getOrDefault(table, SHIPPED);
    }

    public Set<String> names() {
        return tables.keySet();
    }

    public byte[] shippedWorkbook(String table) {
        return shipped(policy(table));
    }

    /** Compiles a workbook and runs its examples, without activating it. */
    public TableRules verified(String table, byte[] workbook) {
        RuleTable policy = policy(table);
        TableRules candidate = new TableRules(table, compiler.compile(table, workbook));
        List<String> failures = new ArrayList<>();
        for (Example example : ExampleSheet.read(workbook)) {
            try {
                policy.check(example, candidate).ifPresent(f -> failures.add(ExampleSheet.SHEET + " row " + example.row() + ": " + f));
            } catch (RuntimeException e) {
                failures.add(ExampleSheet.SHEET + " row " + example.row() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new RuleTableRejected(table, failures);
        }
        return candidate;
    }

    private RuleTable policy(String table) {
        return Optional.ofNullable(tables.get(table))
                .orElseThrow(() -> new IllegalArgumentException("No decision table " + table));
    }

    private static byte[] shipped(RuleTable table) {
        try (InputStream in = new ClassPathResource(table.shippedResource()).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Shipped decision table missing: " + table.shippedResource(), e);
        }
    }
}
