package com.zongji.rules.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * One compiled version of a decision table. Facts go in as immutable records; the table's actions
 * add their decisions (records too) to the global {@code decisions}, which every workbook declares in
 * its RuleSet section as {@code Variables: java.util.List decisions}.
 */
public record TableRules(String table, KieBase base) {

    public static final String DECISIONS_GLOBAL = "decisions";

    public List<Object> decide(Object... facts) {
        List<Object> decisions = new ArrayList<>();
        StatelessKieSession session = base.newStatelessKieSession();
        session.setGlobal(DECISIONS_GLOBAL, decisions);
        session.execute(Arrays.asList(facts));
        return decisions;
    }

    /** The single decision of the given type, or a failure naming the table when rows gave none or several. */
    public <D> D decideOne(Class<D> type, Object... facts) {
        List<D> found = decide(facts).stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Decision table " + table + " gave " + found.size() + " "
                    + type.getSimpleName() + " decisions for " + Arrays.toString(facts) + "; expected exactly one");
        }
        return found.get(0);
    }
}
