package com.zongji.rules.table;

import java.util.List;

/** A decision table that cannot become active; carries every problem found, located where possible. */
public class RuleTableRejected extends RuntimeException {

    private final String table;
    private final transient List<TableProblem> located;

    public RuleTableRejected(String table, List<String> problems) {
        this(problems.stream().map(TableProblem::unlocated).toList(), table);
    }

    public RuleTableRejected(List<TableProblem> located, String table) {
        super("Decision table " + table + " rejected: "
                + String.join("; ", located.stream().map(TableProblem::toString).toList()));
        this.table = table;
        this.located = List.copyOf(located);
    }

    public String table() {
        return table;
    }

    /** Every problem as one line of text. */
    public List<String> problems() {
        return located.stream().map(TableProblem::toString).toList();
    }

    public List<TableProblem> located() {
        return located;
    }
}
