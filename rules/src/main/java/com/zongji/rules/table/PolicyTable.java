package com.zongji.rules.table;

import org.springframework.beans.factory.ObjectFactory;

/**
 * A policy table behind an engine port. The active tables are reached lazily because they are built
 * from (and verify) the policy tables themselves.
 */
public abstract class PolicyTable implements RuleTable {

    private final String name;
    private final ObjectFactory<ActiveRuleTables> tables;

    protected PolicyTable(String name, ObjectFactory<ActiveRuleTables> tables) {
        this.name = name;
        this.tables = tables;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The version deciding right now. */
    protected TableRules activeRules() {
        return tables.getObject().rules(name);
    }
}
