package com.zongji.rules.table;

/**
 * One reason a workbook cannot become active, located as precisely as it could be: the sheet and the
 * cell (e.g. {@code C10}) when known, so that an analyst can go straight to it.
 */
public record TableProblem(String sheet, String cell, String message) {

    public static TableProblem unlocated(String message) {
        return new TableProblem(null, null, message);
    }

    @Override
    public String toString() {
        if (sheet == null) {
            return message;
        }
        return "sheet '" + sheet + "'" + (cell == null ? "" : " cell " + cell) + ": " + message;
    }
}
