package com.zongji.engine.numbering;

import java.util.List;

/** An applied import: how many rows it had and the extensions it changed; the other rows matched already. */
public record ExtensionImportResult(int rows, List<ExtensionChange> changed) {

    public ExtensionImportResult {
        changed = List.copyOf(changed);
    }

    public int unchanged() {
        return rows - changed.size();
    }
}
