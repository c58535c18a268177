package com.zongji.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.support.EngineIT;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/** The console chart's minutes per Beijing day and per department, under the report's filters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdrDailyTotalsIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private CdrFixture org;

    @BeforeAll
    void calls() {
        org = new CdrFixture(context);
        // 2026-11-02 07:59:59 and 08:00:00 in Beijing; then the last second of 2026-11-02.
        org.outbound(org.zhangSan, Instant.parse("2026-11-01T23:59:59Z"), CalleeIdentity.OTHER, null, 283, 5, 480);
        org.outbound(org.liSi, Instant.parse("2026-11-02T00:00:00Z"), CalleeIdentity.OTHER, null, 61, 2, 192);
        org.outbound(org.wangWu, Instant.parse("2026-11-02T15:59:59Z"), CalleeIdentity.COLLEAGUE, org.zhangSan, 120, 2, 192);
        org.outbound(org.wangWu, Instant.parse("2026-11-02T16:00:00Z"), CalleeIdentity.OTHER, null, 30, 1, 96);
    }

    @Test
    void eachBeijingDayHasTheTopDepartmentAndItsChildrenRolledUp() {
        JsonNode days = get("from=2026-11-01&to=2026-11-03");

        assertThat(days).extracting(day -> day.get("day").asText()).containsExactly("2026-11-01", "2026-11-02", "2026-11-03");
        assertThat(minutes(days.get(0))).isEqualTo("总部=0 销售中心=0 研发部=0");
        assertThat(minutes(days.get(1))).isEqualTo("总部=9 销售中心=7 研发部=2");
        assertThat(minutes(days.get(2))).isEqualTo("总部=1 销售中心=0 研发部=1");
    }

    @Test
    void underADepartmentFilterTheDepartmentIsTheTop() {
        JsonNode days = get("from=2026-11-02&to=2026-11-02&departmentId=" + org.salesCentre);

        assertThat(minutes(days.get(0))).isEqualTo("销售中心=7 华中组=5");
        assertThat(minutes(get("from=2026-11-02&to=2026-11-02&identity=COLLEAGUE").get(0))).isEqualTo("总部=2 销售中心=0 研发部=2");
    }

    @Test
    void aRangeOverAYearOrBackwardsIsRefused() {
        assertThat(http.withBasicAuth(org.admin, org.admin)
                .getForEntity("/api/cdrs/daily-totals?from=2026-01-01&to=2027-01-02", JsonNode.class).getBody()
                .get("detail").asText()).contains("366");
        assertThat(http.withBasicAuth(org.admin, org.admin)
                .getForEntity("/api/cdrs/daily-totals?from=2026-11-03&to=2026-11-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth(org.zhangSanLogin, org.zhangSanLogin)
                .getForEntity("/api/cdrs/daily-totals?from=2026-11-01&to=2026-11-03", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode get(String query) {
        return http.withBasicAuth(org.admin, org.admin).getForObject("/api/cdrs/daily-totals?" + query, JsonNode.class);
    }

    private static String minutes(JsonNode day) {
        StringBuilder text = new StringBuilder();
        day.get("departments").forEach(department -> text.append(text.isEmpty() ? "" : " ")
                .append(department.get("name").asText()).append('=').append(department.get("billedMinutes").asLong()));
        return text.toString();
    }
}
