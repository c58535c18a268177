package com.zongji.rules.servicewindow;

import com.zongji.rules.table.ActiveRuleTables;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;

/** Stands in for Spring's lazy injection: the tables exist only after the policies they verify. */
final class LazyTables implements ObjectProvider<ActiveRuleTables> {

    private final AtomicReference<ActiveRuleTables> tables = new AtomicReference<>();

    @Override
    public ActiveRuleTables getObject() {
        return tables.get();
    }

    ActiveRuleTables set(ActiveRuleTables active) {
        tables.set(active);
        return active;
    }
}
