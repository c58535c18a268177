package com.zongji.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zongji.engine.enterprise.EligibilityDecision;
import com.zongji.engine.enterprise.EligibilityPolicy;
import com.zongji.engine.enterprise.EnterpriseApplication;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import com.zongji.rules.table.TableProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class EligibilityTableTest {

    private static final String RULES = "开通条件 Eligibility";
    private static final String WUHAN = "D36";
    private static final String HUANGSHI = "D39";
    private static final String INDIVIDUAL_BUSINESS_ROW_TYPE = "C61";
    private static final LocalDate CERTIFIED_LATELY = LocalDate.of(2018, 3, 1);

    /** Compiled once: a refused workbook leaves the active one as it was, which is what these tests check. */
    private static final Tables SHARED = new Tables();

    private final EligibilityTable table = SHARED.table;
    private final EligibilityPolicy policy = table;
    private final ActiveRuleTables active = SHARED.active;

    @Test
    void wuhanIsOpenButYichangInTheSameProvinceIsNot() {
        assertThat(policy.decide(company("湖北", "武汉")))
                .isEqualTo(new EligibilityDecision(true, "ELIGIBLE", "可以申请开通", List.of()));
        assertThat(policy.decide(company("湖北", "宜昌")))
                .isEqualTo(new EligibilityDecision(false, "REGION_NOT_OPEN", "所在城市暂未开通办公电话", List.of()));
    }

    @Test
    void theFourHubeiCitiesAreOpenUnderTheirUsualNames() {
        for (String city : List.of("武汉市", "恩施", "恩施州", "恩施土家族苗族自治州", "荆州", "黄石市")) {
            assertThat(policy.decide(company("湖北省", city)).eligible()).as(city).isTrue();
        }
    }

    @Test
    void everyListedProvinceIsOpenThroughout() {
        for (String province : List.of("北京", "上海", "重庆", "浙江", "江苏", "山东", "福建", "江西", "天津", "四川", "安徽",
                "陕西", "河北", "云南", "海南", "山西", "广东", "内蒙古", "内蒙", "宁夏", "广东省", "内蒙古自治区", "宁夏回族自治区")) {
            assertThat(policy.decide(company(province, "任一城市")).eligible()).as(province).isTrue();
        }
    }

    @Test
    void provincesOutsideTheListAreNotOpen() {
        for (String province : List.of("湖南", "广西", "河南", "黑龙江", "新疆", "西藏", "香港")) {
            assertThat(policy.decide(company(province, "任一城市")).reasonCode()).as(province).isEqualTo("REGION_NOT_OPEN");
        }
    }

    @Test
    void individualBusinessesAreRefused() {
        EnterpriseApplication shop = new EnterpriseApplication(OrganizationType.INDIVIDUAL_BUSINESS, "北京", "北京",
                CERTIFIED_LATELY, true, true, true);

        assertThat(policy.decide(shop))
                .isEqualTo(new EligibilityDecision(false, "INDIVIDUAL_BUSINESS", "个体工商户暂不支持开通办公电话", List.of()));
    }

    @Test
    void anEnterpriseWithoutAdvancedCertificationIsRefused() {
        assertThat(policy.decide(certifiedOn(null, false, false, false)).reasonCode()).isEqualTo("NOT_CERTIFIED");
    }

    @Test
    void anEnterpriseCertifiedTheDayBeforeNovember2016MustSupplyEveryMissingMaterial() {
        EligibilityDecision nothingSupplied = policy.decide(certifiedOn(LocalDate.of(2016, 10, 31), false, false, false));
        EligibilityDecision addressSupplied = policy.decide(certifiedOn(LocalDate.of(2016, 10, 31), true, false, false));

        assertThat(nothingSupplied.eligible()).isTrue();
        assertThat(nothingSupplied.reasonCode()).isEqualTo("MATERIALS_REQUIRED");
        assertThat(nothingSupplied.missingMaterials()).containsExactly("公司地址", "法人身份证号码", "认证公函");
        assertThat(addressSupplied.missingMaterials()).containsExactly("法人身份证号码", "认证公函");
    }

    @Test
    void anEarlyCertifiedEnterpriseWithAllMaterialsIsEligible() {
        EligibilityDecision decision = policy.decide(certifiedOn(LocalDate.of(2016, 10, 31), true, true, true));

        assertThat(decision.reasonCode()).isEqualTo("ELIGIBLE");
        assertThat(decision.requiresMaterials()).isFalse();
    }

    @Test
    void anEnterpriseCertifiedOnTheFirstOfNovember2016NeedsNoMaterials() {
        EligibilityDecision decision = policy.decide(certifiedOn(LocalDate.of(2016, 11, 1), false, false, false));

        assertThat(decision.reasonCode()).isEqualTo("ELIGIBLE");
        assertThat(decision.missingMaterials()).isEmpty();
    }

    @Test
    void whenSeveralChecksFailLegalFormComesFirstThenRegionThenCertificationThenMaterials() {
        EnterpriseApplication shopInYichang = new EnterpriseApplication(OrganizationType.INDIVIDUAL_BUSINESS, "湖北", "宜昌",
                null, false, false, false);
        EnterpriseApplication uncertifiedInYichang = new EnterpriseApplication(OrganizationType.COMPANY, "湖北", "宜昌",
                null, false, false, false);
        EnterpriseApplication earlyInYichang = new EnterpriseApplication(OrganizationType.COMPANY, "湖北", "宜昌",
                LocalDate.of(2015, 6, 1), false, false, false);

        assertThat(policy.decide(shopInYichang).reasonCode()).isEqualTo("INDIVIDUAL_BUSINESS");
        assertThat(policy.decide(uncertifiedInYichang).reasonCode()).isEqualTo("REGION_NOT_OPEN");
        assertThat(policy.decide(earlyInYichang))
                .isEqualTo(new EligibilityDecision(false, "REGION_NOT_OPEN", "所在城市暂未开通办公电话", List.of()));
    }

    @Test
    void aWorkbookThatClosesWuhanContradictsItsExamplesAndIsRefused() throws IOException {
        byte[] withoutWuhan = withCell(shipped(), WUHAN, "襄阳");

        assertThatThrownBy(() -> active.activate(table.name(), withoutWuhan))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.problems())
                        .anyMatch(problem -> problem.startsWith("Examples row 2:")));
        assertThat(policy.decide(company("湖北", "武汉")).eligible()).isTrue();
    }

    @Test
    void anUnknownOrganizationTypeIsRefusedAtItsCellAndTheActiveOneStillDecides() throws IOException {
        byte[] broken = withCell(shipped(), INDIVIDUAL_BUSINESS_ROW_TYPE, "个体户");

        assertThatThrownBy(() -> active.activate(table.name(), broken))
                .isInstanceOfSatisfying(RuleTableRejected.class, rejected -> assertThat(rejected.located())
                        .extracting(TableProblem::sheet, TableProblem::cell)
                        .contains(tuple(RULES, INDIVIDUAL_BUSINESS_ROW_TYPE)));
        assertThat(policy.decide(new EnterpriseApplication(OrganizationType.INDIVIDUAL_BUSINESS, "北京", "北京",
                CERTIFIED_LATELY, true, true, true)).reasonCode()).isEqualTo("INDIVIDUAL_BUSINESS");
    }

    @Test
    void anAnalystOpensACityByAddingItToTheList() throws IOException {
        Tables own = new Tables();
        assertThat(own.table.decide(company("湖北", "襄阳")).eligible()).isFalse();

        own.active.activate(own.table.name(), withCell(shipped(), HUANGSHI, "黄石, 黄石市, 襄阳"));

        assertThat(own.table.decide(company("湖北", "襄阳")).eligible()).isTrue();
    }

    private static EnterpriseApplication company(String province, String city) {
        return new EnterpriseApplication(OrganizationType.COMPANY, province, city, CERTIFIED_LATELY, false, false, false);
    }

    private static EnterpriseApplication certifiedOn(LocalDate date, boolean address, boolean legalRepresentativeId, boolean letter) {
        return new EnterpriseApplication(OrganizationType.COMPANY, "北京", "北京", date, address, legalRepresentativeId, letter);
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

    /** The table and the active tables it is verified by, wired as Spring's lazy injection would. */
    private static final class Tables {
        private ActiveRuleTables active;
        private final EligibilityTable table = new EligibilityTable(() -> active);

        Tables() {
            active = new ActiveRuleTables(List.of(table), new DecisionTableCompiler());
        }
    }
}
