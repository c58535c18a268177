package com.zongji.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.support.EngineIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The CDR report of November 2026 over REST: Beijing-time day edges, the department subtree, identity,
 * personal mark, an employee's own view, paging, department totals, and other enterprises kept out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdrReportsIT extends EngineIT {

    private static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private CdrFixture org;
    private long beforeNovember;
    private long firstMomentOfNovember;
    private long lastMomentOfNovember;
    private long afterNovember;
    private long liSiPersonal;
    private long wangWu;
    private long unanswered;

    @BeforeAll
    void callsAroundNovember() {
        org = new CdrFixture(context);
        // 2026-10-31 23:59:59 and 2026-11-01 00:00:00 in Beijing, and the same around the end of November.
        beforeNovember = org.outbound(org.zhangSan, Instant.parse("2026-10-31T15:59:59Z"), CalleeIdentity.OTHER, null, 30, 1, 96);
        firstMomentOfNovember = org.outbound(org.zhangSan, Instant.parse("2026-10-31T16:00:00Z"), CalleeIdentity.COLLEAGUE,
                org.liSi, 283, 5, 480);
        liSiPersonal = org.outbound(org.liSi, Instant.parse("2026-11-10T02:00:00Z"), CalleeIdentity.OTHER, null, 61, 2, 192);
        org.markPersonal(liSiPersonal);
        wangWu = org.outbound(org.wangWu, Instant.parse("2026-11-11T02:00:00Z"), CalleeIdentity.OTHER, null, 120, 2, 192);
        unanswered = org.unansweredInbound(Instant.parse("2026-11-12T02:00:00Z"));
        org.live(org.zhangSan, Instant.parse("2026-11-13T02:00:00Z"));
        lastMomentOfNovember = org.outbound(org.zhangSan, Instant.parse("2026-11-30T15:59:59Z"), CalleeIdentity.EXTERNAL_CONTACT,
                org.contact, 41, 1, 96);
        afterNovember = org.outbound(org.zhangSan, Instant.parse("2026-11-30T16:00:00Z"), CalleeIdentity.OTHER, null, 30, 1, 96);
    }

    @Test
    void anAdminSeesTheEnterprisesEndedCallsOfTheBeijingDaysInOrder() {
        assertThat(ids(org.admin, NOVEMBER)).containsExactly(firstMomentOfNovember, liSiPersonal, wangWu, unanswered,
                lastMomentOfNovember);
    }

    @Test
    void aDayStartsAndEndsAtBeijingMidnight() {
        assertThat(ids(org.admin, "from=2026-11-01&to=2026-11-01")).containsExactly(firstMomentOfNovember);
        assertThat(ids(org.admin, "from=2026-10-31&to=2026-10-31")).containsExactly(beforeNovember);
        assertThat(ids(org.admin, "from=2026-11-30&to=2026-11-30")).containsExactly(lastMomentOfNovember);
        assertThat(ids(org.admin, "from=2026-12-01&to=2026-12-01")).containsExactly(afterNovember);
    }

    @Test
    void aRowNamesBothPartiesAndShowsDurationMinutesAndCost() {
        JsonNode toColleague = row(firstMomentOfNovember);
        assertThat(toColleague.get("startedAtShanghai").asText()).isEqualTo("2026-11-01T00:00:00");
        assertThat(toColleague.at("/caller/department").asText()).isEqualTo("华中组");
        assertThat(toColleague.at("/caller/name").asText()).isEqualTo("张三");
        assertThat(toColleague.at("/caller/number").asText()).isEqualTo("13100000001");
        assertThat(toColleague.at("/callee/department").asText()).isEqualTo("销售中心");
        assertThat(toColleague.at("/callee/name").asText()).isEqualTo("李四");
        assertThat(toColleague.get("identityText").asText()).isEqualTo("同事");
        assertThat(toColleague.get("durationText").asText()).isEqualTo("4分43秒");
        assertThat(toColleague.get("billedMinutes").asInt()).isEqualTo(5);
        assertThat(toColleague.get("costYuan").asText()).isEqualTo("0.480");

        JsonNode toContact = row(lastMomentOfNovember);
        assertThat(toContact.at("/callee/department").asText()).isEqualTo("江城贸易");
        assertThat(toContact.at("/callee/name").asText()).isEqualTo("孙先生");
        assertThat(toContact.get("identityText").asText()).isEqualTo("外部联系人");
        assertThat(toContact.get("durationText").asText()).isEqualTo("41秒");

        JsonNode toOther = row(wangWu);
        assertThat(toOther.at("/callee/department").isNull()).isTrue();
        assertThat(toOther.at("/callee/name").isNull()).isTrue();
        assertThat(toOther.at("/callee/number").asText()).isEqualTo("13800138000");
    }

    @Test
    void aDepartmentIncludesItsSubDepartmentsAndTheRootTheWholeEnterprise() {
        assertThat(ids(org.admin, NOVEMBER + "&departmentId=" + org.salesCentre))
                .containsExactly(firstMomentOfNovember, liSiPersonal, lastMomentOfNovember);
        assertThat(ids(org.admin, NOVEMBER + "&departmentId=" + org.central))
                .containsExactly(firstMomentOfNovember, lastMomentOfNovember);
        assertThat(ids(org.admin, NOVEMBER + "&departmentId=" + org.research)).containsExactly(wangWu);
        assertThat(ids(org.admin, NOVEMBER + "&departmentId=" + org.headOffice)).hasSize(5);
    }

    @Test
    void identityEmployeeAndPersonalNarrowTheReport() {
        assertThat(ids(org.admin, NOVEMBER + "&identity=EXTERNAL_CONTACT")).containsExactly(lastMomentOfNovember);
        assertThat(ids(org.admin, NOVEMBER + "&identity=OTHER")).containsExactly(liSiPersonal, wangWu);
        assertThat(ids(org.admin, NOVEMBER + "&employeeId=" + org.zhangSan)).containsExactly(firstMomentOfNovember, lastMomentOfNovember);
        assertThat(ids(org.admin, NOVEMBER + "&personal=true")).containsExactly(liSiPersonal);
        assertThat(ids(org.admin, NOVEMBER + "&personal=false")).doesNotContain(liSiPersonal).hasSize(4);
        assertThat(ids(org.admin, NOVEMBER + "&identity=OTHER&personal=false&departmentId=" + org.salesCentre)).isEmpty();
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnCalls() {
        assertThat(ids(org.zhangSanLogin, NOVEMBER)).containsExactly(firstMomentOfNovember, lastMomentOfNovember);
        assertThat(ids(org.liSiLogin, NOVEMBER)).containsExactly(liSiPersonal);
        assertThat(ids(org.liSiLogin, NOVEMBER + "&employeeId=" + org.zhangSan)).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<Long> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = get(org.admin, NOVEMBER + "&limit=2" + (next == null ? "" : "&after=" + next)).getBody();
            page.get("rows").forEach(row -> seen.add(row.get("id").asLong()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(firstMomentOfNovember, liSiPersonal, wangWu, unanswered, lastMomentOfNovember);
    }

    @Test
    void departmentTotalsRollUpIntoEachAncestorWithTheEnterpriseAtTheRoot() {
        JsonNode totals = http.withBasicAuth(org.admin, org.admin)
                .getForObject("/api/cdrs/department-totals?" + NOVEMBER, JsonNode.class);

        assertThat(totals).extracting(t -> t.get("name").asText()).containsExactly("总部", "销售中心", "华中组", "研发部");
        assertThat(totals).extracting(t -> t.get("calls").asLong()).containsExactly(5L, 3L, 2L, 1L);
        assertThat(totals).extracting(t -> t.get("billedMinutes").asLong()).containsExactly(10L, 8L, 6L, 2L);
        assertThat(totals).extracting(t -> t.get("costYuan").asText()).containsExactly("0.960", "0.768", "0.576", "0.192");
    }

    @Test
    void aDepartmentsTotalsAreItsSubtree() {
        JsonNode totals = http.withBasicAuth(org.admin, org.admin)
                .getForObject("/api/cdrs/department-totals?" + NOVEMBER + "&departmentId=" + org.salesCentre, JsonNode.class);

        assertThat(totals).extracting(t -> t.get("name").asText()).containsExactly("销售中心", "华中组");
        assertThat(totals.get(0).get("costThousandths").asLong()).isEqualTo(768);
    }

    @Test
    void departmentTotalsAreForAdmins() {
        assertThat(get(org.zhangSanLogin, "/department-totals?" + NOVEMBER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherEnterpriseSeesNoneOfTheseCallsNorTheirDepartments() {
        assertThat(ids("admin-b", NOVEMBER)).doesNotContain(firstMomentOfNovember, liSiPersonal, wangWu, unanswered,
                lastMomentOfNovember);
        assertThat(ids("admin", NOVEMBER)).doesNotContain(firstMomentOfNovember, liSiPersonal, wangWu, unanswered,
                lastMomentOfNovember);
        assertThat(ids("liuli", NOVEMBER)).doesNotContain(firstMomentOfNovember, lastMomentOfNovember);
        assertThat(get("admin-b", NOVEMBER + "&departmentId=" + org.salesCentre).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("admin-b", "/department-totals?" + NOVEMBER + "&departmentId=" + org.headOffice).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badDaysAreRefused() {
        assertThat(get(org.admin, "from=2026-11-30&to=2026-11-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(org.admin, "to=2026-11-30").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(org.admin, "from=2026-11-31&to=2026-12-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(org.admin, NOVEMBER + "&after=nonsense").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode row(long id) {
        for (JsonNode row : get(org.admin, NOVEMBER).getBody().get("rows")) {
            if (row.get("id").asLong() == id) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private List<Long> ids(String login, String query) {
        ResponseEntity<JsonNode> answer = get(login, query);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Long> ids = new ArrayList<>();
        answer.getBody().get("rows").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private ResponseEntity<JsonNode> get(String login, String query) {
        String path = query.startsWith("/") ? "/api/cdrs" + query : "/api/cdrs?" + query;
        return http.withBasicAuth(login, login).getForEntity(path, JsonNode.class);
    }
}
