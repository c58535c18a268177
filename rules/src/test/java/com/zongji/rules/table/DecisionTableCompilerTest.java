package com.zongji.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

class DecisionTableCompilerTest {

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @Test
    void aWorkbookDecidesByItsRows() throws IOException {
        KieBase rules = compiler.compile("length", workbook("activated <= $param", "activated > $param"));
        assertThat(decide(rules, 100)).containsExactly(3);
        assertThat(decide(rules, 101)).containsExactly(4);
    }

    @Test
    void aWorkbookWithABrokenConditionIsRejected() throws IOException {
        assertThatThrownBy(() -> compiler.compile("length", workbook("activated <=== $param", "activated > $param")))
                .isInstanceOf(RuleTableRejected.class)
                .satisfies(e -> assertThat(((RuleTableRejected) e).problems()).isNotEmpty());
    }

    @Test
    void aBadValueIsLocatedAtItsCell() throws IOException {
        byte[] workbook = workbook("activated <= $param", "activated > $param", "ACTION", "abc");
        assertThatThrownBy(() -> compiler.compile("length", workbook))
                .isInstanceOfSatisfying(RuleTableRejected.class, e -> assertThat(e.located())
                        .extracting(TableProblem::sheet, TableProblem::cell)
                        .contains(tuple("Length", "B9")));
    }

    @Test
    void aMisspeltKeywordIsLocatedInsteadOfSilentlyRead() throws IOException {
        byte[] workbook = workbook("activated <= $param", "activated > $param", "ACTON", "100");
        assertThatThrownBy(() -> compiler.compile("length", workbook))
                .isInstanceOfSatisfying(RuleTableRejected.class, e -> assertThat(e.located())
                        .singleElement()
                        .satisfies(p -> assertThat(p.cell()).isEqualTo("D5"))
                        .satisfies(p -> assertThat(p.message()).contains("ACTON")));
    }

    @Test
    void aRuleTableOnALaterSheetIsRejectedRatherThanIgnored() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook("activated <= $param",
                "activated > $param"))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            row(book.createSheet("More"), 2, "", "RuleTable More");
            book.write(out);
            workbook = out.toByteArray();
        }
        assertThatThrownBy(() -> compiler.compile("length", workbook))
                .isInstanceOfSatisfying(RuleTableRejected.class, e -> assertThat(e.located())
                        .extracting(TableProblem::sheet, TableProblem::cell)
                        .containsExactly(tuple("More", "B3")));
    }

    @Test
    void bytesThatAreNoWorkbookAreRejected() {
        assertThatThrownBy(() -> compiler.compile("length", "not a spreadsheet".getBytes()))
                .isInstanceOf(RuleTableRejected.class);
    }

    private List<Integer> decide(KieBase rules, int activated) {
        Headcount fact = new Headcount(activated, new ArrayList<>());
        KieSession session = rules.newKieSession();
        try {
            session.insert(fact);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fact.lengths();
    }

    /** Two rows: up to 100 activated → 3 digits, over 100 → 4 digits. */
    private byte[] workbook(String upTo, String over) throws IOException {
        return workbook(upTo, over, "ACTION", "100");
    }

    private byte[] workbook(String upTo, String over, String actionKeyword, String firstLimit) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Length");
            row(sheet, 0, "", "RuleSet", "com.zongji.rules.test");
            row(sheet, 1, "", "Import", Headcount.class.getCanonicalName());
            row(sheet, 3, "", "RuleTable Length");
            row(sheet, 4, "", "CONDITION", "CONDITION", actionKeyword);
            row(sheet, 5, "", "h : " + Headcount.class.getSimpleName(), "", "");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 1, 2)); // both conditions constrain one fact
            row(sheet, 6, "", upTo, over, "h.lengths().add($param);");
            row(sheet, 7, "", "up to", "over", "digits");
            row(sheet, 8, "", firstLimit, "", "3");
            row(sheet, 9, "", "", "100", "4");
            book.write(out);
            return out.toByteArray();
        }
    }

    private void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
