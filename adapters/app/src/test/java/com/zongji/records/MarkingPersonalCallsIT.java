package com.zongji.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.support.EngineIT;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** An employee marks their own call personal (非公事) with a note; nobody else's call can be marked. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkingPersonalCallsIT extends EngineIT {

    private static final Instant DECEMBER = Instant.parse("2026-12-02T02:00:00Z");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private CdrFixture org;

    @BeforeAll
    void anEnterprise() {
        org = new CdrFixture(context);
    }

    @Test
    void anEmployeeMarksTheirOwnCallPersonalWithANoteAndTheReportShowsIt() {
        long call = org.outbound(org.zhangSan, DECEMBER, CalleeIdentity.OTHER, null, 30, 1, 96);

        ResponseEntity<JsonNode> answer = mark(org.zhangSanLogin, call, true, "给家里打的");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("personal").asBoolean()).isTrue();
        JsonNode personal = http.withBasicAuth(org.admin, org.admin)
                .getForObject("/api/cdrs?from=2026-12-02&to=2026-12-02&personal=true", JsonNode.class).get("rows");
        assertThat(personal).extracting(row -> row.get("id").asLong()).contains(call);
        assertThat(personal).filteredOn(row -> row.get("id").asLong() == call)
                .extracting(row -> row.get("note").asText()).containsExactly("给家里打的");
    }

    @Test
    void aMarkIsTakenBackAndABlankNoteCleared() {
        long call = org.outbound(org.zhangSan, DECEMBER.plusSeconds(60), CalleeIdentity.OTHER, null, 30, 1, 96);
        mark(org.zhangSanLogin, call, true, "私事");

        JsonNode unmarked = mark(org.zhangSanLogin, call, false, "").getBody();

        assertThat(unmarked.get("personal").asBoolean()).isFalse();
        assertThat(unmarked.get("note").isNull()).isTrue();
    }

    @Test
    void aColleaguesCallIsNotFoundAndStaysUnmarked() {
        long call = org.outbound(org.zhangSan, DECEMBER.plusSeconds(120), CalleeIdentity.COLLEAGUE, org.liSi, 30, 1, 96);

        assertThat(mark(org.liSiLogin, call, true, "不是我的").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(personal(call)).isFalse();
    }

    @Test
    void anotherEnterprisesEmployeeOrAdminGetsNotFound() {
        long call = org.outbound(org.zhangSan, DECEMBER.plusSeconds(180), CalleeIdentity.OTHER, null, 30, 1, 96);

        assertThat(mark("liuli", call, true, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mark("admin-b", call, true, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(personal(call)).isFalse();
    }

    @Test
    void aCallStillConnectedCannotBeMarkedYet() {
        long call = org.live(org.zhangSan, DECEMBER.plusSeconds(240));

        assertThat(mark(org.zhangSanLogin, call, true, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aNoteLongerThanAThousandCharactersIsRefused() {
        long call = org.outbound(org.zhangSan, DECEMBER.plusSeconds(300), CalleeIdentity.OTHER, null, 30, 1, 96);

        assertThat(mark(org.zhangSanLogin, call, true, "长".repeat(1001)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(personal(call)).isFalse();
    }

    private boolean personal(long call) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject("select personal from call_record where id = ?", Boolean.class, call);
    }

    private ResponseEntity<JsonNode> mark(String login, long call, boolean personal, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("personal", personal);
        body.put("note", note);
        return http.withBasicAuth(login, login).exchange("/api/cdrs/" + call + "/mark", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class);
    }
}
