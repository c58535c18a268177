package com.zongji.rules.table;

import java.util.Map;

/**
 * One row of a workbook's {@code Examples} sheet: given facts and the decision the table must reach.
 * Columns are headed {@code given <name>} and {@code expect <name>}; values are the cells as text.
 */
public record Example(int row, Map<String, String> given, Map<String, String> expected) {

    public String given(String name) {
        return required(given, "given", name);
    }

    public String expected(String name) {
        return required(expected, "expect", name);
    }

    private String required(Map<String, String> values, String kind, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Examples row " + row + " has no column '" + kind + " " + name + "'");
        }
        return value;
    }
}
