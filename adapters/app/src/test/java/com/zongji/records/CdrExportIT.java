package com.zongji.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.support.EngineIT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The xlsx export over REST, opened with POI: the brief's headers, Beijing time, Chinese durations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdrExportIT extends EngineIT {

    private static final String NOVEMBER = "/api/cdrs/export.xlsx?from=2026-11-01&to=2026-11-30";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private CdrFixture org;

    @BeforeAll
    void calls() {
        org = new CdrFixture(context);
        org.outbound(org.zhangSan, Instant.parse("2026-11-03T01:00:00Z"), CalleeIdentity.COLLEAGUE, org.wangWu, 283, 5, 480);
        org.outbound(org.zhangSan, Instant.parse("2026-11-04T01:00:00Z"), CalleeIdentity.EXTERNAL_CONTACT, org.contact, 41, 1, 96);
        org.outbound(org.liSi, Instant.parse("2026-11-05T01:00:00Z"), CalleeIdentity.OTHER, null, 0, 0, 0);
    }

    @Test
    void anAdminExportsTheEnterprisesCallsUnderTheBriefsHeaders() throws IOException {
        ResponseEntity<byte[]> answer = http.withBasicAuth(org.admin, org.admin).getForEntity(NOVEMBER, byte[].class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0, 11)).containsExactly("通话时间", "主叫部门", "主叫姓名", "主叫号码",
                    "被叫部门", "被叫姓名", "被叫号码", "被叫身份", "通话时长", "计费分钟", "费用(元)");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(text(sheet.getRow(1), 0, 11)).containsExactly("2026-11-03 09:00:00", "华中组", "张三", "13100000001",
                    "研发部", "王五", "13100000003", "同事", "4分43秒", "5", "0.480");
            assertThat(text(sheet.getRow(2), 4, 9)).containsExactly("江城贸易", "孙先生", "13700000009", "外部联系人", "41秒");
            assertThat(text(sheet.getRow(3), 7, 9)).containsExactly("其他", "0秒");
        }
    }

    @Test
    void anEmployeeExportsOnlyTheirOwnCalls() throws IOException {
        ResponseEntity<byte[]> answer = http.withBasicAuth(org.liSiLogin, org.liSiLogin).getForEntity(NOVEMBER, byte[].class);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("李四");
        }
    }

    @Test
    void anotherEnterprisesDepartmentIsNotFoundRatherThanAnEmptyFile() {
        assertThat(http.withBasicAuth("admin-b", "admin-b")
                .getForEntity(NOVEMBER + "&departmentId=" + org.salesCentre, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> text(Row row, int from, int to) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int column = from; column < to; column++) {
            texts.add(formatter.formatCellValue(row.getCell(column)));
        }
        return texts;
    }
}
