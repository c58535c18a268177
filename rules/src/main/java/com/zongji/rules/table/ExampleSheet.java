package com.zongji.rules.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the {@code Examples} sheet a workbook carries beside its rule tables. */
public final class ExampleSheet {

    public static final String SHEET = "Examples";

    private static final String GIVEN = "given ";
    private static final String EXPECT = "expect ";

    private ExampleSheet() {
    }

    /** Rows are numbered as the spreadsheet shows them (the header is row 1). */
    public static List<Example> read(byte[] workbook) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(SHEET);
            if (sheet == null) {
                throw new RuleTableRejected(SHEET, List.of("The workbook has no sheet '" + SHEET
                        + "'; every table carries its own examples"));
            }
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<Example> examples = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, text)) {
                    continue;
                }
                Map<String, String> given = new LinkedHashMap<>();
                Map<String, String> expected = new LinkedHashMap<>();
                for (Cell title : header) {
                    String name = text.formatCellValue(title).trim();
                    String value = text.formatCellValue(row.getCell(title.getColumnIndex())).trim();
                    if (name.startsWith(GIVEN)) {
                        given.put(name.substring(GIVEN.length()).trim(), value);
                    } else if (name.startsWith(EXPECT)) {
                        expected.put(name.substring(EXPECT.length()).trim(), value);
                    }
                }
                examples.add(new Example(r + 1, given, expected));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(Row row, DataFormatter text) {
        for (Cell cell : row) {
            if (!text.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
