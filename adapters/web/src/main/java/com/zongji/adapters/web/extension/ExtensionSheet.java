package com.zongji.adapters.web.extension;

import com.zongji.engine.numbering.ExtensionImportRejected;
import com.zongji.engine.numbering.ExtensionRow;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.Employee;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The extensions workbook: exported for the admin to edit, and read back in the same layout. Only the
 * 员工ID and 分机 columns are read, found by their headers; the others help the admin find people.
 * Extensions are written as text cells, so that Excel keeps them as typed.
 */
final class ExtensionSheet {

    static final String EMPLOYEE_ID = "员工ID";
    static final String EXTENSION = "分机";
    static final List<String> HEADERS = List.of(EMPLOYEE_ID, "姓名", "部门", "手机", EXTENSION);
    static final String SHEET_NAME = "分机";

    private static final int[] COLUMN_WIDTHS = {10, 12, 16, 14, 10};

    private ExtensionSheet() {
    }

    static void write(List<Employee> employees, List<Department> departments, OutputStream out) throws IOException {
        Map<Long, String> departmentNames = departments.stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(HEADERS.get(column));
                header.getCell(column).setCellStyle(headerStyle);
                sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
            }
            sheet.setDefaultColumnStyle(4, textStyle);
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            for (Employee employee : employees) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(employee.getId());
                row.createCell(1).setCellValue(employee.getName());
                row.createCell(2).setCellValue(departmentNames.getOrDefault(employee.getDepartmentId(), ""));
                row.createCell(3).setCellValue(employee.getMobile());
                Cell extension = row.createCell(4);
                extension.setCellStyle(textStyle);
                extension.setCellValue(employee.hasExtension() ? employee.getExtension() : "");
            }
            workbook.write(out);
        }
    }

    /**
     * The rows of the first sheet below its header, numbered as the spreadsheet shows them; wholly
     * empty rows are left out.
     *
     * @throws ExtensionImportRejected when the file is no workbook or lacks a column the import needs
     */
    static List<ExtensionRow> read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new ExtensionImportRejected("文件是空的，请使用导出的分机表 / The workbook is empty; use the exported sheet");
            }
            DataFormatter cells = new DataFormatter();
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(cell -> columns.putIfAbsent(cells.formatCellValue(cell).strip(), cell.getColumnIndex()));
            int idColumn = column(columns, header.getRowNum() + 1, EMPLOYEE_ID);
            int extensionColumn = column(columns, header.getRowNum() + 1, EXTENSION);

            List<ExtensionRow> rows = new ArrayList<>();
            for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null || isBlank(row, cells)) {
                    continue;
                }
                rows.add(new ExtensionRow(index + 1, text(row, idColumn, cells), text(row, extensionColumn, cells)));
            }
            return rows;
        } catch (IOException | POIXMLException | IllegalArgumentException | EncryptedDocumentException e) {
            // An upload is in memory or a temporary file: failing to read it means it is no workbook POI can open.
            throw new ExtensionImportRejected("无法读取文件，请上传导出的 xlsx 分机表 / The file is not a readable xlsx workbook");
        }
    }

    private static int column(Map<String, Integer> columns, int headerRow, String header) {
        Integer column = columns.get(header);
        if (column == null) {
            throw new ExtensionImportRejected("第 " + headerRow + " 行缺少「" + header + "」列，请使用导出的分机表 / Row " + headerRow
                    + " lacks the column \"" + header + "\"; use the exported sheet");
        }
        return column;
    }

    private static boolean isBlank(Row row, DataFormatter cells) {
        for (Cell cell : row) {
            if (!cells.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column, DataFormatter cells) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cells.formatCellValue(cell).strip();
    }
}
