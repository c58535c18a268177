package com.zongji.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.ExtensionEdits;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.reliability.BadUploads;
import com.zongji.support.EngineIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The admin's extensions over REST, on a test enterprise of each test's own (甲 and 乙 activated, 丙
 * activated too, 丁 not yet): allocation, a single edit, and the xlsx round trip whose bad rows refuse the
 * whole import.
 */
class ExtensionsIT extends EngineIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ExtensionEdits edits;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    private long enterprise;
    private String admin;
    private long jia;
    private long yi;
    private long bing;
    private long ding;

    @BeforeEach
    void enterpriseOfItsOwn() {
        String suffix = String.valueOf(System.nanoTime() % 100_000_000);
        enterprise = enterprises.save(new Enterprise("分机测试科技有限公司" + suffix, "湖北", "武汉",
                OrganizationType.COMPANY, LocalDate.of(2020, 1, 1))).getId();
        long root = departments.save(new Department(enterprise, null, "总部")).getId();
        long sales = departments.save(new Department(enterprise, root, "销售部")).getId();
        jia = employees.save(new Employee(enterprise, root, "甲", "13100000001", true)).getId();
        yi = employees.save(new Employee(enterprise, sales, "乙", "13100000002", true)).getId();
        bing = employees.save(new Employee(enterprise, sales, "丙", "13100000003", true)).getId();
        ding = employees.save(new Employee(enterprise, sales, "丁", "13100000004", false)).getId();
        admin = "ext-admin-" + suffix;
        users.save(new UserAccount(admin, passwords.encode(admin), Role.ENTERPRISE_ADMIN, enterprise, null));
    }

    @Test
    void allocationGivesActivatedEmployeesWithoutOneTheNextNumbersOnlyOnce() {
        JsonNode first = asAdmin().postForObject("/api/extensions/allocations", null, JsonNode.class);
        assertThat(first.get("assigned")).extracting(a -> a.get("employeeId").asLong() + "=" + a.get("extension").asText())
                .containsExactly(jia + "=800", yi + "=801", bing + "=802");
        assertThat(extensions()).containsEntry(ding, "");

        JsonNode again = asAdmin().postForObject("/api/extensions/allocations", null, JsonNode.class);
        assertThat(again.get("assigned")).isEmpty();
    }

    @Test
    void anAdminChangesOneExtensionWhichMustBeWellFormedAndFree() {
        allocate();

        ResponseEntity<JsonNode> changed = put("/api/employees/" + jia + "/extension", "8001");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().get("extension").asText()).isEqualTo("8001");

        ResponseEntity<JsonNode> taken = put("/api/employees/" + jia + "/extension", "801");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().get("detail").asText()).startsWith("分机号 801 已属于乙");

        ResponseEntity<JsonNode> malformed = put("/api/employees/" + jia + "/extension", "8O1");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("detail").asText()).startsWith("分机号「8O1」只能包含数字");

        assertThat(extensions()).containsEntry(jia, "8001").containsEntry(yi, "801");
    }

    /**
     * The first change holds its new extension uncommitted while the second, which saw the number free,
     * writes the same one: the database's unique constraint decides, and the loser answers 409.
     */
    @Test
    void twoEditsRacingForOneNumberLeaveItWithOneEmployee() throws Exception {
        allocate();
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                edits.change(enterprise, jia, "900");
                firstWritten.countDown();
                await(secondTried);
            }));
            await(firstWritten);
            Future<ResponseEntity<JsonNode>> second = threads.submit(() -> put("/api/employees/" + yi + "/extension", "900"));
            // The second edit waits on the first one's row in the unique index, or fails at once: either way it has tried.
            Thread.sleep(500);
            secondTried.countDown();
            first.get(30, TimeUnit.SECONDS);

            ResponseEntity<JsonNode> lost = second.get(30, TimeUnit.SECONDS);
            assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(extensions()).containsEntry(jia, "900").containsEntry(yi, "801");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anotherEnterprisesEmployeeIsNotFoundAndEmployeesMayNotEdit() {
        long liuLi = http.withBasicAuth("liuli", "liuli").getForObject("/api/me", JsonNode.class).get("employeeId").asLong();

        assertThat(put("/api/employees/" + liuLi + "/extension", "899").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("liuli", "liuli").exchange("/api/employees/" + liuLi + "/extension", HttpMethod.PUT,
                json("899"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("liuli", "liuli").getForEntity("/api/extensions/export.xlsx", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "admin").getForObject("/api/employees/" + liuLi, JsonNode.class)
                .get("extension").asText()).isEqualTo("800");
    }

    @Test
    void theExportListsTheEnterprisesPeopleAndImportsBackUnchanged() throws IOException {
        allocate();
        byte[] exported = export();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getRow(0)).extracting(cells::formatCellValue).containsExactly("员工ID", "姓名", "部门", "手机", "分机");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(2)).extracting(cells::formatCellValue)
                    .containsExactly(String.valueOf(yi), "乙", "销售部", "13100000002", "801");
            assertThat(cells.formatCellValue(sheet.getRow(4).getCell(4))).isEmpty();
        }

        ResponseEntity<JsonNode> imported = importSheet(exported);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("rows").asInt()).isEqualTo(4);
        assertThat(imported.getBody().get("unchanged").asInt()).isEqualTo(4);
        assertThat(imported.getBody().get("changed")).isEmpty();
    }

    @Test
    void badRowsAreNamedAndNothingOfTheImportIsApplied() throws IOException {
        allocate();
        Map<Long, String> before = extensions();
        byte[] edited = edit(export(), sheet -> {
            sheet.getRow(1).getCell(4).setCellValue("900");   // 甲: fine on its own
            sheet.getRow(2).getCell(4).setCellValue("802");   // 乙 takes 802, which 丙 keeps on row 4
            sheet.getRow(4).getCell(4).setCellValue("9x1");   // 丁: malformed
            sheet.createRow(5).createCell(0).setCellValue(999_999_999);
            sheet.getRow(5).createCell(4).setCellValue("905"); // nobody of this enterprise
        });

        ResponseEntity<JsonNode> refused = importSheet(edited);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).startsWith("导入未生效：第 4、5、6 行有错误");
        assertThat(refused.getBody().get("rows")).extracting(r -> r.get("row").asInt() + " " + r.get("message").asText())
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("4 分机号 802 与第 3 行重复"),
                        r -> assertThat(r).startsWith("5 分机号「9x1」只能包含数字"),
                        r -> assertThat(r).startsWith("6 本企业没有员工ID为 999999999 的员工"));
        assertThat(extensions()).isEqualTo(before);
    }

    @Test
    void aGoodImportAppliesEveryChangeIncludingASwap() throws IOException {
        allocate();
        byte[] edited = edit(export(), sheet -> {
            sheet.getRow(1).getCell(4).setCellValue("801");   // 甲 and 乙 swap
            sheet.getRow(2).getCell(4).setCellValue("800");
            sheet.getRow(4).getCell(4).setCellValue("890");   // 丁 gets one before activation
        });

        ResponseEntity<JsonNode> imported = importSheet(edited);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("changed")).extracting(c -> c.get("name").asText() + ":" + c.get("to").asText())
                .containsExactly("甲:801", "乙:800", "丁:890");
        assertThat(imported.getBody().get("unchanged").asInt()).isEqualTo(1);
        assertThat(extensions()).containsEntry(jia, "801").containsEntry(yi, "800").containsEntry(bing, "802")
                .containsEntry(ding, "890");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsAWhole() {
        ResponseEntity<JsonNode> refused = importSheet("员工ID,分机\n1,800\n".getBytes());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).startsWith("无法读取文件");
        assertThat(refused.getBody().get("rows")).isEmpty();
    }

    @Test
    void anOversizedSheetIsRefusedWithTheLimitAndChangesNothing() {
        allocate();
        Map<Long, String> before = extensions();

        ResponseEntity<JsonNode> refused = BadUploads.answerTo(() -> importSheet(BadUploads.oversized()));

        BadUploads.assertRefusedAsTooLarge(refused);
        assertThat(extensions()).isEqualTo(before);
    }

    /** Tomcat would stop reading a refused multipart upload and reset a client still sending (seen in CI). */
    @Test
    void anOversizedSheetSentWholeBeforeReadingStillGetsItsAnswer() throws IOException {
        assertThat(BadUploads.statusAfterSendingWhole(port, "/api/extensions/import", "admin")).startsWith("HTTP/1.1 413");
    }

    @Test
    void aSheetThatInflatesTooFarIsRefusedAsAWhole() {
        allocate();
        Map<Long, String> before = extensions();

        ResponseEntity<JsonNode> refused = importSheet(BadUploads.zipBomb(export()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).startsWith("无法读取文件");
        assertThat(extensions()).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void allocate() {
        asAdmin().postForObject("/api/extensions/allocations", null, JsonNode.class);
    }

    /** Employee id → extension ("" for none), as the API shows them. */
    private Map<Long, String> extensions() {
        Map<Long, String> extensions = new LinkedHashMap<>();
        asAdmin().getForObject("/api/employees", JsonNode.class)
                .forEach(e -> extensions.put(e.get("id").asLong(), e.get("extension").isNull() ? "" : e.get("extension").asText()));
        return extensions;
    }

    private byte[] export() {
        ResponseEntity<byte[]> response = asAdmin().getForEntity("/api/extensions/export.xlsx", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("分机号.xlsx");
        return response.getBody();
    }

    private static byte[] edit(byte[] workbookBytes, Consumer<Sheet> change) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(4) == null) {
                    row.createCell(4);
                }
            }
            change.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResponseEntity<JsonNode> importSheet(byte[] file) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "分机号.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return asAdmin().postForEntity("/api/extensions/import", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String path, String extension) {
        return asAdmin().exchange(path, HttpMethod.PUT, json(extension), JsonNode.class);
    }

    private static HttpEntity<Map<String, String>> json(String extension) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(Map.of("extension", extension), headers);
    }

    private TestRestTemplate asAdmin() {
        return http.withBasicAuth(admin, admin);
    }
}
