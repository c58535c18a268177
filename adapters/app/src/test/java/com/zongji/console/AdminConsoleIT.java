package com.zongji.console;

import static com.zongji.support.ConsoleBrowser.byTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.permission.Quotas;
import com.zongji.support.ConsoleIT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * The enterprise admin's console: the CDR report with its totals, chart and Excel export; quotas set on the
 * page; balance and recharge; manual service; and onboarding walked from application to an open account.
 * The demo enterprise's calls of March 2025 are the test's own and are removed again afterwards.
 */
class AdminConsoleIT extends ConsoleIT {

    private static final Duration DOWNLOAD = Duration.ofSeconds(30);

    @Autowired JdbcTemplate jdbc;
    @Autowired Quotas quotas;
    @Autowired UserAccountRepository users;
    @Autowired EnterpriseRepository enterprises;
    @Autowired DepartmentRepository departments;
    @Autowired EmployeeRepository employees;
    @Autowired TestRestTemplate http;

    private long demo;
    private final List<Long> calls = new ArrayList<>();

    @BeforeAll
    void callsOfMarch2025() {
        demo = users.findById("admin").orElseThrow().getEnterpriseId();
        // 2025-03-03 09:00 and 2025-03-04 10:00 in Beijing.
        calls.add(call("刘力", Instant.parse("2025-03-03T01:00:00Z"), "COLLEAGUE", "穆伦", 283, 5, 480));
        calls.add(call("荣彩", Instant.parse("2025-03-03T02:30:00Z"), "OTHER", null, 61, 2, 192));
        calls.add(call("王芳", Instant.parse("2025-03-04T02:00:00Z"), "EXTERNAL_CONTACT", "陈先生", 41, 1, 96));
    }

    @AfterAll
    void removeTheTestsCalls() {
        calls.forEach(id -> jdbc.update("delete from call_record where id = ?", id));
    }

    @AfterEach
    void restoreTheDemo() {
        quotas.setDepartmentDefault(demo, departmentId("音视频"), null);
        quotas.setEmployeeQuota(demo, employeeId("刘力"), null);
        jdbc.update("delete from recharge_order where enterprise_id = ? and status = 'PENDING' and amount_thousandths = 123450", demo);
        console.logout();
    }

    @Test
    void theAdminExportsTheCdrReportAndTheFileOpensWithTheBriefsHeaders() throws IOException {
        console.login("admin");
        console.go("reports");
        showMarch2025();

        try (Stream<Path> old = Files.list(console.downloads())) {
            old.forEach(file -> file.toFile().delete());
        }
        console.click("report-export");
        Path file = console.waitFor(DOWNLOAD, driver -> finishedDownload());

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0), 13)).containsExactly("通话时间", "主叫部门", "主叫姓名", "主叫号码", "被叫部门",
                    "被叫姓名", "被叫号码", "被叫身份", "通话时长", "计费分钟", "费用(元)", "非公事", "备注");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(texts(sheet.getRow(1), 11)).containsExactly("2025-03-03 09:00:00", "音视频", "刘力", "18627000001",
                    "音视频", "穆伦", "15627000002", "同事", "4分43秒", "5", "0.480");
            assertThat(texts(sheet.getRow(3), 9)).endsWith("楚天物流", "陈先生", "13807100077", "外部联系人", "41秒");
        }
        assertThat(file.getFileName().toString()).isEqualTo("通话记录-2025-03-01-2025-03-31.xlsx");
    }

    @Test
    void theReportShowsDepartmentTotalsAndDrawsMinutesPerDayAndDepartment() {
        console.login("admin");
        console.go("reports");
        showMarch2025();

        // Read in one script each and waited for: the report's tables may render again after the chart.
        console.waitFor(browser -> callerNames().equals(List.of("刘力", "荣彩", "王芳")));
        console.waitFor(browser -> "3 8 0.768".equals(totals().get("总机演示科技")));
        assertThat(totals()).containsEntry("总机演示科技", "3 8 0.768").containsEntry("音视频", "1 5 0.480")
                .containsEntry("权益与拉新", "1 2 0.192").containsEntry("销售部", "1 1 0.096");
        WebElement chart = console.find("report-chart");
        assertThat(chart.getAttribute("data-days")).isEqualTo("31");
        assertThat(chart.getAttribute("data-minutes")).isEqualTo("8");
        JsonNode drawn = chartState(chart);
        assertThat(drawn.get("series").asText()).isEqualTo("音视频=5 权益与拉新=2 销售部=1");
        assertThat(drawn.get("painted").asBoolean()).isTrue();

        console.find("report-department").findElement(By.xpath("option[contains(., '权益与拉新')]")).click();
        console.click("report-apply");
        console.waitFor(ExpectedConditions.attributeToBe(byTest("report-chart"), "data-minutes", "2"));
        assertThat(totals()).containsOnlyKeys("权益与拉新");
        assertThat(console.find("report-export").getAttribute("href")).contains("departmentId=" + departmentId("权益与拉新"));

        console.find("report-department").findElement(By.cssSelector("option[value='']")).click();
        console.click("report-apply");
        console.waitFor(ExpectedConditions.attributeToBe(byTest("report-chart"), "data-minutes", "8"));
        console.screenshot("admin-reports");
    }

    @Test
    void aQuotaSetInTheConsolePersists() {
        console.login("admin");
        console.go("quotas");

        WebElement media = console.find("department-quotas")
                .findElement(By.cssSelector("[data-test=department-quota][data-id='" + departmentId("音视频") + "']"));
        media.findElement(byTest("quota-minutes")).sendKeys("300");
        media.findElement(byTest("quota-save")).click();
        String liuLi = "[data-test=employee-quota][data-id='" + employeeId("刘力") + "'] [data-test=effective-quota]";
        console.waitFor(ExpectedConditions.textToBe(By.cssSelector(liuLi), "300 分钟"));

        WebElement own = console.driver().findElement(By.cssSelector(
                "[data-test=employee-quota][data-id='" + employeeId("刘力") + "']"));
        own.findElement(byTest("quota-minutes")).sendKeys("45");
        own.findElement(byTest("quota-save")).click();
        console.waitFor(ExpectedConditions.textToBe(By.cssSelector(liuLi), "45 分钟"));

        assertThat(quotas.quotaOf(demo, employeeId("刘力")).monthlyMinutes()).isEqualTo(45);
        assertThat(quotas.quotaOf(demo, employeeId("穆伦")).monthlyMinutes()).isEqualTo(300);
        console.go("quotas");
        assertThat(console.driver().findElement(By.cssSelector("[data-test=department-quota][data-id='"
                + departmentId("音视频") + "'] [data-test=quota-minutes]")).getAttribute("value")).isEqualTo("300");
        console.screenshot("admin-quotas");
    }

    @Test
    void aRechargeCreatesAnOrderToPayAtTheProvider() {
        console.login("admin");
        console.go("account");
        assertThat(console.find("balance").getText()).endsWith("元");

        console.find("recharge-amount").sendKeys("123.45");
        console.click("recharge-submit");

        String order = console.find("recharge-order-number").getText();
        assertThat(order).startsWith("RC");
        assertThat(jdbc.queryForObject("select status from recharge_order where order_number = ?", String.class, order))
                .isEqualTo("PENDING");
        console.waitFor(ExpectedConditions.textToBePresentInElementLocated(byTest("recharge-orders"), order));
        console.screenshot("admin-account");
    }

    @Test
    void theManualServicePersonAndHoursAreShown() {
        console.login("admin");
        console.go("manual-service");

        assertThat(console.find("manual-service-person").getText()).startsWith("穆伦");
        assertThat(console.find("hours-opens").getAttribute("value")).matches("\\d\\d:\\d\\d");
        assertThat(console.find("service-window").getAttribute("data-open")).isIn("true", "false");
        console.screenshot("admin-manual-service");
    }

    @Test
    void theOpenDemoEnterpriseShowsItsOfficeNumber() {
        console.login("admin");
        console.go("onboarding");

        assertThat(console.find("onboarding-status").getAttribute("data-status")).isEqualTo("OPEN");
        assertThat(console.find("office-number").getText()).isEqualTo("02787654321");
    }

    @Test
    void anEarlyCertifiedEnterpriseAppliesSuppliesMaterialsIsApprovedAndPicksItsNumber() {
        String admin = applyingEnterprise();
        console.login(admin);
        console.go("onboarding");
        assertThat(console.find("onboarding-status").getAttribute("data-status")).isEqualTo("APPLYING");

        setValue(console.find("application-certified-on"), "2015-06-01");
        console.click("onboarding-apply-submit");
        console.find("onboarding-materials");
        assertThat(console.all("application-companyAddress")).hasSize(1);
        console.find("application-companyAddress").sendKeys("武汉市江汉区解放大道1号");
        console.find("application-legalRepresentativeId").sendKeys("420102198001011234");
        console.find("application-certificationLetter").sendKeys("认证公函-2015.pdf");
        console.click("onboarding-materials-submit");
        console.waitFor(ExpectedConditions.attributeToBe(byTest("onboarding-status"), "data-status", "UNDER_REVIEW"));
        assertThat(console.find("onboarding-waiting").isDisplayed()).isTrue();

        reviewerApproves(users.findById(admin).orElseThrow().getEnterpriseId());
        console.go("onboarding");
        WebElement offered = console.find("onboarding-number");
        String number = offered.getAttribute("data-number");
        offered.click();
        assertThat(console.find("onboarding-reserved").getText()).contains(number);
        console.screenshot("admin-onboarding");
        console.click("onboarding-confirm");

        console.waitFor(ExpectedConditions.attributeToBe(byTest("onboarding-status"), "data-status", "OPEN"));
        assertThat(console.find("office-number").getText()).isEqualTo(number);
    }

    private void showMarch2025() {
        setValue(console.find("report-from"), "2025-03-01");
        setValue(console.find("report-to"), "2025-03-31");
        console.click("report-apply");
        console.waitFor(ExpectedConditions.attributeToBe(byTest("report-chart"), "data-minutes", "8"));
    }

    /** Each department's row of the totals table as "calls minutes cost". */
    @SuppressWarnings("unchecked")
    private Map<String, String> totals() {
        return (Map<String, String>) console.driver().executeScript("""
                const totals = {};
                document.querySelectorAll("[data-test='department-totals'] [data-test='row']").forEach(row => {
                  const text = name => row.querySelector(`[data-test='${name}']`).innerText.trim();
                  totals[text('total-name')] = `${text('total-calls')} ${text('total-minutes')} ${text('total-cost')}`;
                });
                return totals;""");
    }

    /** The caller names of the report's rows, in order. */
    @SuppressWarnings("unchecked")
    private List<String> callerNames() {
        return (List<String>) console.driver().executeScript(
                "return [...document.querySelectorAll(\"[data-test='row'] [data-test='caller-name']\")].map(e => e.innerText.trim());");
    }

    /** The chart's series as Chart.js holds them, and whether the canvas has pixels painted. */
    private JsonNode chartState(WebElement canvas) {
        String json = (String) ((JavascriptExecutor) console.driver()).executeScript("""
                const canvas = arguments[0];
                const chart = window.Chart.getChart(canvas);
                const series = chart.data.datasets.map(d => d.label + '=' + d.data.reduce((a, b) => a + b, 0)).join(' ');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = false;
                for (let i = 3; i < pixels.length && !painted; i += 4) painted = pixels[i] !== 0;
                return JSON.stringify({ series, painted });
                """, canvas);
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path finishedDownload() {
        try (Stream<Path> files = Files.list(console.downloads())) {
            return files.filter(file -> file.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) console.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static List<String> texts(Row row, int columns) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            texts.add(formatter.formatCellValue(row.getCell(column)));
        }
        return texts;
    }

    private long call(String caller, Instant startedAt, String identity, String callee, int seconds, int minutes, long cost) {
        Map<String, Object> row = new HashMap<>();
        row.put("enterprise_id", demo);
        row.put("direction", "OUTBOUND");
        row.put("status", "ENDED");
        row.put("started_at", Timestamp.from(startedAt));
        row.put("ended_at", Timestamp.from(startedAt.plusSeconds(seconds + 10L)));
        row.put("duration_seconds", seconds);
        row.put("billed_minutes", minutes);
        row.put("cost_thousandths", cost);
        row.put("personal", false);
        row.put("caller_employee_id", employeeId(caller));
        row.put("caller_number", employees.findById(employeeId(caller)).orElseThrow().getMobile());
        row.put("callee_identity", identity);
        switch (identity) {
            case "COLLEAGUE" -> {
                row.put("callee_employee_id", employeeId(callee));
                row.put("callee_number", employees.findById(employeeId(callee)).orElseThrow().getMobile());
            }
            case "EXTERNAL_CONTACT" -> {
                row.put("callee_contact_id", jdbc.queryForObject(
                        "select id from external_contact where enterprise_id = ? and name = ?", Long.class, demo, callee));
                row.put("callee_number", "13807100077");
            }
            default -> row.put("callee_number", "13800138000");
        }
        return new SimpleJdbcInsert(jdbc).withTableName("call_record").usingColumns(row.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
    }

    private long employeeId(String name) {
        return employees.findByEnterpriseIdOrderById(demo).stream().filter(e -> e.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    private long departmentId(String name) {
        return departments.findByEnterpriseIdOrderById(demo).stream().filter(d -> d.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    /** An enterprise of the test's own that has not applied yet; its admin's password is the login. */
    private String applyingEnterprise() {
        long id = enterprises.save(new Enterprise("控制台开户测试" + System.nanoTime() % 1_000_000, "湖北", "武汉",
                OrganizationType.COMPANY, LocalDate.of(2019, 1, 1))).getId();
        Department root = departments.save(new Department(id, null, "总部"));
        employees.save(new Employee(id, root.getId(), "申请人", "1860009%04d".formatted(id % 10_000), true));
        String login = "console-applicant-" + id;
        users.save(new UserAccount(login, "{noop}" + login, Role.ENTERPRISE_ADMIN, id, null));
        return login;
    }

    /** The carrier's reviewer approves in Tasklist's way: claim the review task, then submit its form. */
    private void reviewerApproves(long enterpriseId) {
        TestRestTemplate reviewer = http.withBasicAuth("reviewer", "reviewer");
        JsonNode tasks = reviewer.getForObject(
                "/engine-rest/task?candidateGroup=reviewers&processInstanceBusinessKey=" + enterpriseId, JsonNode.class);
        assertThat(tasks).hasSize(1);
        String task = tasks.get(0).get("id").asText();
        assertThat(reviewer.postForEntity("/engine-rest/task/" + task + "/claim", Map.of("userId", "reviewer"), String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(reviewer.postForEntity("/engine-rest/task/" + task + "/submit-form",
                Map.of("variables", Map.of("approved", Map.of("value", true, "type", "Boolean"))), String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }
}
