package com.zongji.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.numbering.EmployeeExtension;
import com.zongji.engine.numbering.ExtensionAllocator;
import com.zongji.engine.numbering.ExtensionAssignment;
import com.zongji.engine.numbering.ExtensionNumberingPolicy;
import com.zongji.engine.numbering.ExtensionScheme;
import com.zongji.engine.numbering.Headcount;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class ExtensionNumberingTableTest {

    private static final String RULES = "分机号 Numbering";
    private static final String EXAMPLES = "Examples";
    /** Upper bound of the first length row (0–100 → 3 digits) and its digits. */
    private static final String THREE_DIGITS_UP_TO = "C14";
    private static final String THREE_DIGITS = "D14";
    private static final String FOUR_DIGITS_FROM = "B15";
    private static final String BLOCK_ORDER = "B27";
    private static final String SKIPPED_LAST_DIGITS = "C27";

    private ActiveRuleTables active;
    private final ExtensionNumberingTable table = new ExtensionNumberingTable(() -> active);
    private final ExtensionNumberingPolicy policy = table;

    ExtensionNumberingTableTest() {
        active = new ActiveRuleTables(List.of(table), new DecisionTableCompiler());
    }

    @Test
    void aHundredActivatedEmployeesGetThreeDigitsAndTheHundredAndFirstMakesItFour() {
        assertThat(policy.scheme(new Headcount(100)).length()).isEqualTo(3);
        assertThat(policy.scheme(new Headcount(101)).length()).isEqualTo(4);
    }

    @Test
    void aThousandActivatedEmployeesGetFourDigitsAndTheThousandAndFirstMakesItFive() {
        assertThat(policy.scheme(new Headcount(1000)).length()).isEqualTo(4);
        assertThat(policy.scheme(new Headcount(1001)).length()).isEqualTo(5);
    }

    @Test
    void anEnterpriseWithNobodyActivatedYetStartsWithThreeDigits() {
        assertThat(policy.scheme(new Headcount(0)).length()).isEqualTo(3);
    }

    @Test
    void beyondTheCapacityOfFiveDigitsExtensionsHaveSix() {
        ExtensionScheme fiveDigits = policy.scheme(new Headcount(81_000));

        assertThat(fiveDigits.length()).isEqualTo(5);
        assertThat(fiveDigits.capacity()).isEqualTo(81_000);
        assertThat(policy.scheme(new Headcount(81_001)).length()).isEqualTo(6);
    }

    @Test
    void blocksRunFromEightToNineThenOneOnwardsSkippingLastDigitFour() {
        ExtensionScheme scheme = policy.scheme(new Headcount(50));

        assertThat(scheme.blockOrder()).containsExactly(8, 9, 1, 2, 3, 4, 5, 6, 7);
        assertThat(scheme.skippedLastDigits()).containsExactly(4);
    }

    @Test
    void aHundredThousandActivatedEmployeesAllGetDistinctExtensions() {
        int headcount = 100_000;
        List<EmployeeExtension> employees = LongStream.rangeClosed(1, headcount).mapToObj(EmployeeExtension::without).toList();

        List<ExtensionAssignment> assignments =
                new ExtensionAllocator().allocate(policy.scheme(new Headcount(headcount)), Set.of(), employees);

        assertThat(assignments).extracting(ExtensionAssignment::extension)
                .hasSize(headcount)
                .doesNotHaveDuplicates()
                .allMatch(extension -> extension.length() == 6 && !extension.endsWith("4"));
    }

    @Test
    void aChangedWorkbookDecidesFromTheNextDecisionOn() throws IOException {
        byte[] changed = edit(shipped(), book -> {
            set(book, RULES, THREE_DIGITS_UP_TO, 50);
            set(book, RULES, FOUR_DIGITS_FROM, 51);
            set(book, RULES, SKIPPED_LAST_DIGITS, "4, 7");
            set(book, EXAMPLES, "B4", 4); // the example for 100 activated employees
            for (int row = 2; row <= 10; row++) {
                set(book, EXAMPLES, "D" + row, "4, 7");
            }
        });

        active.activate(ExtensionNumberingTable.NAME, changed);

        assertThat(policy.scheme(new Headcount(51)).length()).isEqualTo(4);
        assertThat(policy.scheme(new Headcount(51)).skippedLastDigits()).containsExactlyInAnyOrder(4, 7);
    }

    @Test
    void aBlankSkippedLastDigitsCellSkipsNone() throws IOException {
        byte[] changed = edit(shipped(), book -> {
            set(book, RULES, SKIPPED_LAST_DIGITS, "");
            for (int row = 2; row <= 10; row++) {
                set(book, EXAMPLES, "D" + row, "");
            }
        });

        active.activate(ExtensionNumberingTable.NAME, changed);

        assertThat(policy.scheme(new Headcount(10)).skippedLastDigits()).isEmpty();
    }

    @Test
    void aWorkbookWhoseExamplesFailIsRejectedAndTheActiveOneStillDecides() throws IOException {
        byte[] broken = edit(shipped(), book -> set(book, RULES, THREE_DIGITS, 2));

        assertThatThrownBy(() -> active.activate(ExtensionNumberingTable.NAME, broken))
                .isInstanceOf(RuleTableRejected.class)
                .satisfies(e -> assertThat(((RuleTableRejected) e).problems())
                        .anyMatch(problem -> problem.startsWith("Examples row 2: ") && problem.contains("expected length 3")));
        assertThat(policy.scheme(new Headcount(100)).length()).isEqualTo(3);
    }

    @Test
    void aWordInTheDigitsColumnIsRejectedAndTheActiveOneStillDecides() throws IOException {
        byte[] broken = edit(shipped(), book -> set(book, RULES, THREE_DIGITS, "three"));

        assertThatThrownBy(() -> active.activate(ExtensionNumberingTable.NAME, broken))
                .isInstanceOf(RuleTableRejected.class)
                .satisfies(e -> assertThat(((RuleTableRejected) e).located())
                        .anyMatch(problem -> RULES.equals(problem.sheet()) && THREE_DIGITS.equals(problem.cell())));
        assertThat(policy.scheme(new Headcount(100)).length()).isEqualTo(3);
    }

    @Test
    void aBlockStartingWithZeroIsRejectedBecauseZeroIsTheOperator() throws IOException {
        byte[] broken = edit(shipped(), book -> {
            set(book, RULES, BLOCK_ORDER, "0, 8, 9");
            for (int row = 2; row <= 10; row++) {
                set(book, EXAMPLES, "C" + row, "0, 8, 9");
            }
        });

        assertThatThrownBy(() -> active.activate(ExtensionNumberingTable.NAME, broken))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("0 留给人工服务");
        assertThat(policy.scheme(new Headcount(100)).blockOrder()).startsWith(8, 9, 1);
    }

    @Test
    void aHeadcountNoRowCoversIsRejectedByTheExamples() throws IOException {
        byte[] gap = edit(shipped(), book -> set(book, RULES, FOUR_DIGITS_FROM, 200));

        assertThatThrownBy(() -> active.activate(ExtensionNumberingTable.NAME, gap))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("Examples row 5: 激活人数 101 时分机号规则表给出了 0 个分机号位数");
        assertThat(policy.scheme(new Headcount(101)).length()).isEqualTo(4);
    }

    @Test
    void overlappingLengthRowsAreDecidedByTheFirstMatchingRow() throws IOException {
        byte[] overlapping = edit(shipped(), book -> set(book, RULES, FOUR_DIGITS_FROM, 50));

        active.activate(ExtensionNumberingTable.NAME, overlapping);

        assertThat(policy.scheme(new Headcount(60)).length()).isEqualTo(3);
    }

    private byte[] shipped() {
        return active.shippedWorkbook(ExtensionNumberingTable.NAME);
    }

    private interface Edit {
        void apply(Workbook book);
    }

    private static byte[] edit(byte[] workbook, Edit edit) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void set(Workbook book, String sheet, String reference, Object value) {
        CellReference at = new CellReference(reference);
        Cell cell = book.getSheet(sheet).getRow(at.getRow()).getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value.toString().isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
