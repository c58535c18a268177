package com.zongji.rules.servicewindow;

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

/** Edits a copy of a shipped workbook the way an analyst would, by finding a cell by what it shows. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static byte[] shipped(String table) {
        try (InputStream in = WorkbookCells.class.getResourceAsStream("/tables/" + table + ".xlsx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell {@code columnsRight} of the one cell in {@code sheet} that shows {@code anchor}. */
    static byte[] edit(byte[] workbook, String sheet, String anchor, int columnsRight, String value) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormatter text = new DataFormatter();
            List<Cell> found = new ArrayList<>();
            for (Row row : book.getSheet(sheet)) {
                for (Cell cell : row) {
                    if (text.formatCellValue(cell).equals(anchor)) {
                        found.add(cell);
                    }
                }
            }
            if (found.size() != 1) {
                throw new IllegalArgumentException(found.size() + " cells show '" + anchor + "' in sheet " + sheet);
            }
            Cell anchorCell = found.get(0);
            Row row = anchorCell.getRow();
            int column = anchorCell.getColumnIndex() + columnsRight;
            Cell target = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            target.setCellValue(value);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
