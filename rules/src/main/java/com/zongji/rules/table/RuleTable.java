package com.zongji.rules.table;

import java.util.Optional;

/**
 * A policy kept as a decision-table workbook. The shipped workbook is the classpath resource
 * {@code tables/<name>.xlsx}; implementations turn example rows into facts and compare decisions.
 */
public interface RuleTable {

    /** File stem and identity of the table, e.g. {@code extension-numbering}. */
    String name();

    /** Checks one example against candidate rules; empty when the rules decide as the example expects. */
    Optional<String> check(Example example, TableRules rules);

    default String shippedResource() {
        return "tables/" + name() + ".xlsx";
    }
}
