package com.zongji.adapters.web.records;

import com.zongji.engine.records.CdrParty;
import com.zongji.engine.records.CdrRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The CDR export as an xlsx, written row by row: POI keeps only a small window of rows in memory and
 * flushes the rest to compressed temporary files, so the heap it needs does not grow with the rows.
 * A sheet holds at most Excel's row limit; the rows after it continue on a new sheet under the same header.
 */
final class CdrWorkbook implements Closeable {

    static final List<String> HEADERS = List.of("通话时间", "主叫部门", "主叫姓名", "主叫号码", "被叫部门", "被叫姓名",
            "被叫号码", "被叫身份", "通话时长", "计费分钟", "费用(元)", "非公事", "备注");
    /** Data rows per sheet: Excel's 1 048 576 rows less the header. */
    static final int SHEET_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final String SHEET_NAME = "通话记录";

    /** Rows kept in memory before POI flushes them to the temporary file. */
    private static final int ROW_WINDOW = 100;
    private static final int[] COLUMN_WIDTHS = {20, 14, 10, 14, 16, 10, 14, 10, 12, 9, 9, 7, 30};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true);
    private final int rowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle timeStyle;
    private final CellStyle yuanStyle;
    private SXSSFSheet sheet;
    private int rowsInSheet;
    private long rows;

    CdrWorkbook() {
        this(SHEET_DATA_ROWS);
    }

    /** A workbook whose sheets take {@code rowsPerSheet} data rows each; tests pass a small number. */
    CdrWorkbook(int rowsPerSheet) {
        if (rowsPerSheet < 1 || rowsPerSheet > SHEET_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1.." + SHEET_DATA_ROWS);
        }
        this.rowsPerSheet = rowsPerSheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        yuanStyle = workbook.createCellStyle();
        yuanStyle.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
    }

    void add(CdrRow cdr) {
        if (sheet == null || rowsInSheet == rowsPerSheet) {
            newSheet();
        }
        Row row = sheet.createRow(++rowsInSheet);
        row.createCell(0).setCellValue(cdr.startedInShanghai());
        row.getCell(0).setCellStyle(timeStyle);
        party(row, 1, cdr.caller());
        party(row, 4, cdr.callee());
        row.createCell(7).setCellValue(cdr.identityText());
        row.createCell(8).setCellValue(cdr.durationText());
        row.createCell(9).setCellValue(cdr.billedMinutes());
        row.createCell(10).setCellValue(cdr.cost().thousandths() / 1000.0);
        row.getCell(10).setCellStyle(yuanStyle);
        row.createCell(11).setCellValue(cdr.personal() ? "是" : "");
        row.createCell(12).setCellValue(cdr.note() == null ? "" : cdr.note());
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Writes the whole workbook; a report without rows still has its header. */
    void writeTo(OutputStream out) throws IOException {
        if (sheet == null) {
            newSheet();
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private void newSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? SHEET_NAME : SHEET_NAME + " " + number);
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADERS.size(); column++) {
            header.createCell(column).setCellValue(HEADERS.get(column));
            header.getCell(column).setCellStyle(headerStyle);
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        rowsInSheet = 0;
    }

    private static void party(Row row, int first, CdrParty party) {
        row.createCell(first).setCellValue(text(party.department()));
        row.createCell(first + 1).setCellValue(text(party.name()));
        row.createCell(first + 2).setCellValue(text(party.number()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
