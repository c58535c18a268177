package com.zongji.adapters.web.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.numbering.ExtensionImportRejected;
import com.zongji.engine.numbering.ExtensionRow;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.Employee;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ExtensionSheetTest {

    private final Department sales = withId(new Department(7L, null, "销售部"), 3);
    private final Employee withExtension = employee(11, "刘力", "800");
    private final Employee without = employee(12, "赵敏", null);

    @Test
    void anExportedSheetReadsBackAsItsRowsNumberedAsTheSpreadsheetShowsThem() throws IOException {
        List<ExtensionRow> rows = ExtensionSheet.read(new ByteArrayInputStream(exported()));

        assertThat(rows).containsExactly(new ExtensionRow(2, "11", "800"), new ExtensionRow(3, "12", ""));
    }

    @Test
    void columnsAreFoundByTheirHeadersAndEmptyRowsAreLeftOut() throws IOException {
        byte[] edited = edit(exported(), sheet -> {
            sheet.getRow(0).getCell(0).setCellValue("分机");   // the admin swapped the two headers' columns
            sheet.getRow(0).getCell(4).setCellValue("员工ID");
            sheet.getRow(1).getCell(0).setCellValue("801");
            sheet.getRow(1).getCell(4).setCellValue(11);
            sheet.createRow(5).createCell(0).setCellValue(" ");
        });

        assertThat(ExtensionSheet.read(new ByteArrayInputStream(edited))).first().isEqualTo(new ExtensionRow(2, "11", "801"));
        assertThat(ExtensionSheet.read(new ByteArrayInputStream(edited))).hasSize(2);
    }

    @Test
    void aSheetWithoutTheExtensionColumnIsRefusedAsAWhole() throws IOException {
        byte[] edited = edit(exported(), sheet -> sheet.getRow(0).getCell(4).setCellValue("分机号码"));

        assertThatThrownBy(() -> ExtensionSheet.read(new ByteArrayInputStream(edited)))
                .isInstanceOf(ExtensionImportRejected.class)
                .hasMessageStartingWith("第 1 行缺少「分机」列");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> ExtensionSheet.read(new ByteArrayInputStream("员工ID,分机".getBytes())))
                .isInstanceOf(ExtensionImportRejected.class)
                .hasMessageStartingWith("无法读取文件");
    }

    private byte[] exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtensionSheet.write(List.of(withExtension, without), List.of(sales), out);
        return out.toByteArray();
    }

    private static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    private Employee employee(long id, String name, String extension) {
        Employee employee = withId(new Employee(7L, 3L, name, "1862700000" + (id % 10), true), id);
        if (extension != null) {
            employee.assignExtension(extension);
        }
        return employee;
    }

    private static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }
}
