package com.zongji.rules.table;

import java.util.List;

/** A decision table that cannot become active; carries every problem found. */
public class RuleTableRejected extends RuntimeException {

    private final List<String> problems;

    public RuleTableRejected(String table, List<String> problems) {
        super("Decision table " + table + " rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
