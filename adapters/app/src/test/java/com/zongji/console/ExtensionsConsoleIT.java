package com.zongji.console;

import static com.zongji.support.ConsoleBrowser.byTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.numbering.ExtensionEdits;
import com.zongji.engine.numbering.ExtensionRow;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.support.ConsoleIT;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's extensions page on the demo enterprise: export, an edited sheet with a duplicate refused
 * naming its row with nothing changed, a good import applied, and an inline edit. The demo extensions
 * (other tests dial them) are put back afterwards.
 */
class ExtensionsConsoleIT extends ConsoleIT {

    private static final Duration DOWNLOAD = Duration.ofSeconds(30);

    @Autowired UserAccountRepository users;
    @Autowired EmployeeRepository employees;
    @Autowired ExtensionEdits edits;

    private long demo;
    private Map<Long, String> demoExtensions;

    @BeforeAll
    void rememberDemoExtensions() {
        demo = users.findById("admin").orElseThrow().getEnterpriseId();
        demoExtensions = extensions();
    }

    @AfterAll
    void restoreDemoExtensions() {
        List<ExtensionRow> rows = new ArrayList<>();
        demoExtensions.forEach((id, extension) -> rows.add(new ExtensionRow(rows.size() + 2, String.valueOf(id), extension)));
        if (!extensions().equals(demoExtensions)) {
            edits.importRows(demo, rows);
        }
        assertThat(extensions()).isEqualTo(demoExtensions);
    }

    @Test
    void anExportedSheetWithADuplicateIsRefusedNamingTheRowThenAGoodOneIsApplied() throws IOException {
        console.login("admin");
        console.go("extensions");
        assertThat(shownExtension("刘力")).isEqualTo(demoExtensions.get(idOf("刘力")));

        Path exported = export();
        Path duplicate = edited(exported, "duplicate", (sheet, rowOf) -> {
            // 荣彩 takes 穆伦's extension, which the sheet still gives 穆伦 as well.
            String muLun = extensionCell(sheet, rowOf.get("穆伦"));
            sheet.getRow(rowOf.get("荣彩") - 1).getCell(4).setCellValue(muLun);
        });
        int muLunRow = rowNumbers(exported).get("穆伦");
        int rongCaiRow = rowNumbers(exported).get("荣彩");
        int laterRow = Math.max(muLunRow, rongCaiRow);

        upload(duplicate);
        WebElement errors = console.find("import-errors");
        assertThat(console.all("import-error")).extracting(WebElement::getText).singleElement().satisfies(text -> assertThat(text)
                .startsWith("第 " + laterRow + " 行：分机号 " + demoExtensions.get(idOf("穆伦")) + " 与第 "
                        + Math.min(muLunRow, rongCaiRow) + " 行重复"));
        assertThat(errors.findElement(byTest("import-error")).getDomAttribute("data-row")).isEqualTo(String.valueOf(laterRow));
        assertThat(console.find("error").getText()).startsWith("导入未生效：第 " + laterRow + " 行有错误");
        console.screenshot("admin-extensions");
        assertThat(extensions()).isEqualTo(demoExtensions);
        assertThat(shownExtension("荣彩")).isEqualTo(demoExtensions.get(idOf("荣彩")));

        Path good = edited(exported, "good", (sheet, rowOf) ->
                sheet.getRow(rowOf.get("王芳") - 1).getCell(4).setCellValue("8055"));
        upload(good);
        assertThat(console.find("import-result").getText()).isEqualTo("导入完成：修改 1 个分机号，" + (demoExtensions.size() - 1) + " 行未变");
        console.waitFor(driver -> "8055".equals(shownExtension("王芳")));
        assertThat(console.all("import-errors").get(0).isDisplayed()).isFalse();
        assertThat(extensions()).containsEntry(idOf("王芳"), "8055");

        // Put 王芳's extension back by hand, on the page.
        WebElement input = inRow("王芳", "extension-input");
        input.clear();
        input.sendKeys(demoExtensions.get(idOf("王芳")));
        inRow("王芳", "extension-save").click();
        console.waitFor(driver -> demoExtensions.get(idOf("王芳")).equals(shownExtension("王芳")));
        assertThat(extensions()).isEqualTo(demoExtensions);
    }

    @Test
    void anInlineEditToAColleaguesExtensionIsRefused() {
        console.login("admin");
        console.go("extensions");
        String muLun = demoExtensions.get(idOf("穆伦"));

        WebElement input = inRow("刘力", "extension-input");
        input.clear();
        input.sendKeys(muLun);
        inRow("刘力", "extension-save").click();

        assertThat(console.find("error").getText()).startsWith("分机号 " + muLun + " 已属于穆伦");
        assertThat(shownExtension("刘力")).isEqualTo(demoExtensions.get(idOf("刘力")));
        assertThat(extensions()).isEqualTo(demoExtensions);
    }

    private Path export() throws IOException {
        try (Stream<Path> old = Files.list(console.downloads())) {
            old.forEach(file -> file.toFile().delete());
        }
        console.click("export");
        Path file = console.waitFor(DOWNLOAD, driver -> finishedDownload());
        assertThat(file.getFileName().toString()).isEqualTo("分机号.xlsx");
        return file;
    }

    private void upload(Path file) {
        console.find("import-file").sendKeys(file.toAbsolutePath().toString());
        console.click("import");
        console.waitFor(driver -> console.all("import-result").get(0).isDisplayed() || console.all("import-errors").get(0).isDisplayed());
    }

    /** A copy of the exported sheet with a change; {@code rowOf} gives each name's row number as the sheet shows it. */
    private static Path edited(Path exported, String name, BiConsumer<Sheet, Map<String, Integer>> change) throws IOException {
        Path copy = Files.createTempFile("extensions-" + name, ".xlsx");
        copy.toFile().deleteOnExit();
        Map<String, Integer> rowOf = rowNumbers(exported);
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(copy)) {
            change.accept(book.getSheetAt(0), rowOf);
            book.write(out);
        }
        return copy;
    }

    private static Map<String, Integer> rowNumbers(Path exported) throws IOException {
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                rowOf.putIfAbsent(new DataFormatter().formatCellValue(row.getCell(1)), row.getRowNum() + 1);
            }
        }
        return rowOf;
    }

    private static String extensionCell(Sheet sheet, int rowNumber) {
        return new DataFormatter().formatCellValue(sheet.getRow(rowNumber - 1).getCell(4));
    }

    private Path finishedDownload() {
        try (Stream<Path> files = Files.list(console.downloads())) {
            return files.filter(file -> file.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The element data-test=test in the table row of the named employee. */
    private WebElement inRow(String name, String test) {
        return console.find("extensions").findElement(By.cssSelector(rowSelector(name) + " [data-test='" + test + "']"));
    }

    /** Read in one script call: the page rebuilds the table after every change, so no element is held across calls. */
    private String shownExtension(String name) {
        return (String) ((JavascriptExecutor) console.driver()).executeScript(
                "const cell = document.querySelector(arguments[0]); return cell ? cell.textContent : null;",
                rowSelector(name) + " [data-test='extension']");
    }

    private static String rowSelector(String name) {
        return "[data-test='employee-extension'][data-name='" + name + "']";
    }

    private long idOf(String name) {
        return employees.findByEnterpriseIdOrderById(demo).stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    /** The demo enterprise's extensions by employee id, in id order ("" for none). */
    private Map<Long, String> extensions() {
        Map<Long, String> extensions = new LinkedHashMap<>();
        for (Employee employee : employees.findByEnterpriseIdOrderById(demo)) {
            extensions.put(employee.getId(), employee.hasExtension() ? employee.getExtension() : "");
        }
        return extensions;
    }
}
