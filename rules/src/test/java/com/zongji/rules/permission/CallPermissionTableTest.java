package com.zongji.rules.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.permission.CallAttempt;
import com.zongji.engine.permission.CallPermissionPolicy;
import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.permission.PermissionDecision;
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

class CallPermissionTableTest {

    private static final String RULES = "通话权限 Call permissions";
    private static final String MAINLAND_PRICE = "C44";
    private static final String ALLOWED_MESSAGE = "I60";
    private static final String MOBILE = "13800138000";
    private static final long BALANCE_FOR_A_HUNDRED_MINUTES = 9600;

    /** Compiled once: a refused workbook leaves the active one as it was, which is what these tests check. */
    private static final Tables SHARED = new Tables();

    private final CallPermissionTable table = SHARED.table;
    private final CallPermissionPolicy policy = table;
    private final ActiveRuleTables active = SHARED.active;

    @Test
    void theQuotaIsUsedUpByItsLastMinute() {
        PermissionDecision usedUp = policy.decide(attempt(MOBILE, 100, 100, BALANCE_FOR_A_HUNDRED_MINUTES));
        PermissionDecision oneLeft = policy.decide(attempt(MOBILE, 100, 99, BALANCE_FOR_A_HUNDRED_MINUTES));

        assertThat(usedUp).isEqualTo(new PermissionDecision(false, "QUOTA_USED_UP", "本月通话分钟数已用完", 0, 0));
        assertThat(oneLeft.allowed()).isTrue();
        assertThat(oneLeft.reasonCode()).isEqualTo("ALLOWED");
        assertThat(oneLeft.allowedMinutes()).isEqualTo(1);
    }

    @Test
    void anEmployeeAlreadyOverALoweredQuotaCannotCall() {
        assertThat(policy.decide(attempt(MOBILE, 30, 45, BALANCE_FOR_A_HUNDRED_MINUTES)).reasonCode())
                .isEqualTo("QUOTA_USED_UP");
    }

    @Test
    void numbersOutsideMainlandChinaAreRefused() {
        for (String abroad : List.of("+852 2123 4567", "+853 2833 3000", "+886 2 2345 6789", "001 650 253 0000", "+44 20 7946 0000")) {
            assertThat(policy.decide(attempt(abroad, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)))
                    .as(abroad)
                    .isEqualTo(new PermissionDecision(false, "NOT_MAINLAND_NUMBER", "仅可拨打中国大陆号码", 0, 0));
        }
    }

    @Test
    void premiumRateInformationLinesAreRefusedWhateverTheAreaCode() {
        for (String premium : List.of("010-16812345", "+86 10 1681 2345", "027-1608888", "0571-16812345", "0951-1681234")) {
            assertThat(policy.decide(attempt(premium, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)))
                    .as(premium)
                    .isEqualTo(new PermissionDecision(false, "PREMIUM_NUMBER", "不能拨打付费声讯号码", 0, 0));
        }
        for (String ordinary : List.of("010-88168000", "0571-81681234", "16812345678", "010-1688")) {
            assertThat(policy.decide(attempt(ordinary, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)).reasonCode())
                    .as(ordinary)
                    .isNotEqualTo("PREMIUM_NUMBER");
        }
    }

    @Test
    void mainlandNumbersAreCallableHoweverTheyAreWritten() {
        for (String mainland : List.of("13800138000", "+86 138 0013 8000", "0086 13800138000", "010-88886666",
                "+86 10 8888 6666", "+86 (0)10 8888 6666", "0571-88886666", "0951-5012345", "95588", "400-810-8888",
                "10086", "12345")) {
            assertThat(policy.decide(attempt(mainland, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)))
                    .as(mainland)
                    .isEqualTo(new PermissionDecision(true, "ALLOWED", "可以拨打", 100, 96));
        }
    }

    @Test
    void emergencyNumbersAreLeftToTheMobileItself() {
        for (String emergency : List.of("110", "119", "120", "122", "112")) {
            assertThat(policy.decide(attempt(emergency, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)).reasonCode())
                    .as(emergency)
                    .isEqualTo("EMERGENCY_NUMBER");
        }
    }

    @Test
    void aLocalNumberWithoutItsAreaCodeIsNotRecognised() {
        assertThat(policy.decide(attempt("88886666", null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)))
                .isEqualTo(new PermissionDecision(false, "INVALID_NUMBER", "号码格式不正确，固定电话请加拨区号", 0, 0));
        assertThat(policy.decide(attempt("138001380001", null, 0, BALANCE_FOR_A_HUNDRED_MINUTES)).reasonCode())
                .isEqualTo("INVALID_NUMBER");
    }

    @Test
    void aRestrictedEnterpriseReachesOnlyColleaguesAndExternalContacts() {
        assertThat(policy.decide(restricted(CalleeIdentity.OTHER, true)).reasonCode()).isEqualTo("COLLEAGUES_AND_CONTACTS_ONLY");
        assertThat(policy.decide(restricted(CalleeIdentity.COLLEAGUE, true)).allowed()).isTrue();
        assertThat(policy.decide(restricted(CalleeIdentity.EXTERNAL_CONTACT, true)).allowed()).isTrue();
        assertThat(policy.decide(restricted(CalleeIdentity.OTHER, false)).allowed()).isTrue();
    }

    @Test
    void aBalanceShortOfOneMinuteRefusesTheCall() {
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 95)))
                .isEqualTo(new PermissionDecision(false, "INSUFFICIENT_BALANCE", "企业账户余额不足，请联系管理员充值", 0, 0));
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 96)).allowedMinutes()).isEqualTo(1);
    }

    @Test
    void theBalanceLimitsHowLongTheCallMayLast() {
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 960)).allowedMinutes()).isEqualTo(10);
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 1055)).allowedMinutes()).isEqualTo(10);
    }

    @Test
    void theTariffPricesForwardedLegsAndRefusesNumbersWithoutAPrice() {
        assertThat(policy.pricePerMinute(CalleeNumber.dialled("13800138000"))).hasValue(96);
        assertThat(policy.pricePerMinute(CalleeNumber.dialled("+852 2123 4567"))).isEmpty();
    }

    @Test
    void anUnlimitedQuotaIsCappedByTheBalanceOnly() {
        assertThat(policy.decide(attempt(MOBILE, null, 100_000, BALANCE_FOR_A_HUNDRED_MINUTES)).allowedMinutes())
                .isEqualTo(100);
    }

    @Test
    void theQuotaLeftLimitsTheCallWhenItIsShorterThanTheBalance() {
        assertThat(policy.decide(attempt(MOBILE, 30, 25, BALANCE_FOR_A_HUNDRED_MINUTES)).allowedMinutes()).isEqualTo(5);
    }

    @Test
    void whenSeveralChecksFailTheNumberComesFirstThenRestrictionThenQuotaThenBalance() {
        CallAttempt everythingWrong = new CallAttempt(CalleeNumber.dialled("+852 2123 4567"), CalleeIdentity.OTHER, true, 10, 10, 0);
        CallAttempt restrictedOverQuotaNoMoney = new CallAttempt(CalleeNumber.dialled(MOBILE), CalleeIdentity.OTHER, true, 10, 10, 0);
        CallAttempt overQuotaNoMoney = attempt(MOBILE, 10, 10, 0);

        assertThat(policy.decide(everythingWrong).reasonCode()).isEqualTo("NOT_MAINLAND_NUMBER");
        assertThat(policy.decide(restrictedOverQuotaNoMoney).reasonCode()).isEqualTo("COLLEAGUES_AND_CONTACTS_ONLY");
        assertThat(policy.decide(overQuotaNoMoney).reasonCode()).isEqualTo("QUOTA_USED_UP");
    }

    @Test
    void aWorkbookWhoseExamplesFailIsRefusedAndTheActiveOneStillDecides() throws IOException {
        byte[] dearer = withCell(shipped(), MAINLAND_PRICE, "100");

        assertThatThrownBy(() -> active.activate(table.name(), dearer))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.problems())
                        .anyMatch(problem -> problem.startsWith("Examples row 7:")));
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 960)).allowedMinutes()).isEqualTo(10);
    }

    @Test
    void aPriceThatIsNoNumberIsRefusedAtItsCellAndTheActiveOneStillDecides() throws IOException {
        byte[] broken = withCell(shipped(), MAINLAND_PRICE, "九十六厘");

        assertThatThrownBy(() -> active.activate(table.name(), broken))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.located())
                        .extracting(TableProblem::sheet, TableProblem::cell)
                        .contains(tuple(RULES, MAINLAND_PRICE)));
        assertThat(policy.decide(attempt(MOBILE, 100, 0, 960)).allowedMinutes()).isEqualTo(10);
    }

    @Test
    void aChangedWorkbookDecidesFromTheNextCallOn() throws IOException {
        Tables own = new Tables();

        own.active.activate(own.table.name(), withCell(shipped(), ALLOWED_MESSAGE, "可以拨打，请注意通话时长"));

        assertThat(own.table.decide(attempt(MOBILE, 100, 0, 960)).message()).isEqualTo("可以拨打，请注意通话时长");
    }

    /** The table and the active tables it is verified by, wired as Spring's lazy injection would. */
    private static final class Tables {
        private ActiveRuleTables active;
        private final CallPermissionTable table = new CallPermissionTable(() -> active);

        Tables() {
            active = new ActiveRuleTables(List.of(table), new DecisionTableCompiler());
        }
    }

    private static CallAttempt attempt(String number, Integer quota, int used, long balance) {
        return new CallAttempt(CalleeNumber.dialled(number), CalleeIdentity.OTHER, false, quota, used, balance);
    }

    private static CallAttempt restricted(CalleeIdentity callee, boolean restricted) {
        return new CallAttempt(CalleeNumber.dialled(MOBILE), callee, restricted, null, 0, BALANCE_FOR_A_HUNDRED_MINUTES);
    }

    private byte[] shipped() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + table.shippedResource())) {
            return in.readAllBytes();
        }
    }

    private static byte[] withCell(byte[] workbook, String address, String value) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellReference reference = new CellReference(address);
            Cell cell = book.getSheet(RULES).getRow(reference.getRow()).getCell(reference.getCol());
            cell.setCellValue(value);
            book.write(out);
            return out.toByteArray();
        }
    }
}
