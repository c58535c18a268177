package com.zongji.rules.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.RechargeBonusPolicy;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import com.zongji.rules.table.TableProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class RechargeBonusTableTest {

    private static final String RULES = "充值赠送 Recharge bonus";
    private static final String THOUSAND_YUAN_PERCENT = "D14";

    /** Compiled once: a refused workbook leaves the active one as it was, which is what these tests check. */
    private static final Tables SHARED = new Tables();

    private final RechargeBonusTable table = SHARED.table;
    private final RechargeBonusPolicy policy = table;
    private final ActiveRuleTables active = SHARED.active;

    @Test
    void belowFiveHundredYuanThereIsNoBonus() {
        assertThat(policy.bonusFor(yuan(100))).isEqualTo(Money.ZERO);
        assertThat(policy.bonusFor(Money.ofThousandths(499_990))).isEqualTo(Money.ZERO);
    }

    @Test
    void eachTierStartsAtItsThreshold() {
        assertThat(policy.bonusFor(yuan(500))).isEqualTo(yuan(25));
        assertThat(policy.bonusFor(yuan(1000))).isEqualTo(yuan(100));
        assertThat(policy.bonusFor(yuan(5000))).isEqualTo(yuan(750));
    }

    @Test
    void theTopTierHasNoUpperLimit() {
        assertThat(policy.bonusFor(yuan(1_000_000))).isEqualTo(yuan(150_000));
    }

    @Test
    void theBonusIsRoundedDownToWholeThousandths() {
        assertThat(policy.bonusFor(Money.ofThousandths(999_990))).isEqualTo(Money.ofThousandths(49_999));
    }

    @Test
    void aWorkbookWhoseExamplesFailIsRefusedAndTheActiveOneStillDecides() throws IOException {
        byte[] generous = withCell(shipped(), THOUSAND_YUAN_PERCENT, 20);

        assertThatThrownBy(() -> active.activate(table.name(), generous))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.problems())
                        .anyMatch(problem -> problem.startsWith("Examples row 7:")));
        assertThat(policy.bonusFor(yuan(1000))).isEqualTo(yuan(100));
    }

    @Test
    void aPercentThatIsNoNumberIsRefusedAtItsCellAndTheActiveOneStillDecides() throws IOException {
        byte[] broken = withCell(shipped(), THOUSAND_YUAN_PERCENT, "百分之十");

        assertThatThrownBy(() -> active.activate(table.name(), broken))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.located())
                        .extracting(TableProblem::sheet, TableProblem::cell)
                        .contains(tuple(RULES, THOUSAND_YUAN_PERCENT)));
        assertThat(policy.bonusFor(yuan(1000))).isEqualTo(yuan(100));
    }

    @Test
    void aChangedWorkbookDecidesFromTheNextRechargeOn() throws IOException {
        Tables own = new Tables();
        byte[] generous = withCell(shipped(), THOUSAND_YUAN_PERCENT, 20);

        own.active.activate(own.table.name(), withExample(generous));

        assertThat(own.table.bonusFor(yuan(1000))).isEqualTo(yuan(200));
    }

    /** The table and the active tables it is verified by, wired as Spring's lazy injection would. */
    private static final class Tables {
        private ActiveRuleTables active;
        private final RechargeBonusTable table = new RechargeBonusTable(() -> active);

        Tables() {
            active = new ActiveRuleTables(List.of(table), new DecisionTableCompiler());
        }
    }

    private static Money yuan(long yuan) {
        return Money.ofThousandths(yuan * 1000);
    }

    private byte[] shipped() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + table.shippedResource())) {
            return in.readAllBytes();
        }
    }

    /** Examples rows 7 and 8 follow the 10 % tier; a table raising it to 20 % states so there too. */
    private static byte[] withExample(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("Examples").getRow(6).getCell(1).setCellValue(200_000);
            book.getSheet("Examples").getRow(7).getCell(1).setCellValue(999_998);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] withCell(byte[] workbook, String address, Object value) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellReference reference = new CellReference(address);
            Cell cell = book.getSheet(RULES).getRow(reference.getRow()).getCell(reference.getCol());
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) value);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
