package com.zongji.rules.display;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Edits a copy of the shipped display-number workbook the way an analyst would: by what the cells show. */
final class Workbooks {

    private static final DataFormatter TEXT = new DataFormatter();

    private Workbooks() {
    }

    static byte[] shipped() {
        try (InputStream in = Workbooks.class.getResourceAsStream("/tables/display-number.xlsx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell {@code columnsRight} of the one cell in {@code sheet} that shows {@code anchor}. */
    static byte[] edit(byte[] workbook, String sheet, String anchor, int columnsRight, String value) {
        return rewrite(workbook, book -> {
            List<Cell> found = cellsShowing(book, sheet, anchor);
            if (found.size() != 1) {
                throw new IllegalArgumentException(found.size() + " cells show '" + anchor + "' in sheet " + sheet);
            }
            Row row = found.get(0).getRow();
            int column = found.get(0).getColumnIndex() + columnsRight;
            (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(value);
        });
    }

    /** Replaces every cell of {@code sheet} that shows {@code old}. */
    static byte[] editAll(byte[] workbook, String sheet, String old, String value) {
        return rewrite(workbook, book -> cellsShowing(book, sheet, old).forEach(cell -> cell.setCellValue(value)));
    }

    private static List<Cell> cellsShowing(Workbook book, String sheet, String value) {
        List<Cell> found = new ArrayList<>();
        for (Row row : book.getSheet(sheet)) {
            for (Cell cell : row) {
                if (TEXT.formatCellValue(cell).equals(value)) {
                    found.add(cell);
                }
            }
        }
        return found;
    }

    private static byte[] rewrite(byte[] workbook, java.util.function.Consumer<Workbook> change) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
