package com.zongji.engine.numbering;

/**
 * One row of an extension import as the admin wrote it: the sheet's row number (as the spreadsheet shows
 * it) and the cells' text, unchecked.
 */
public record ExtensionRow(int row, String employeeId, String extension) {
}
