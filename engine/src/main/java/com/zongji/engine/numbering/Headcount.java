package com.zongji.engine.numbering;

/** How many employees of an enterprise are activated; the extension length depends on it. */
public record Headcount(int activated) {

    public Headcount {
        if (activated < 0) {
            throw new IllegalArgumentException("Activated headcount cannot be negative: " + activated);
        }
    }
}
