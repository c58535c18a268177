package com.zongji.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An enterprise's own service hours and quotas override the tables' platform defaults, for it alone. */
class EnterpriseOverridesIT extends EngineIT {

    /** Saturday 2026-03-07 10:00 in Beijing. */
    static final String SATURDAY_MORNING = "2026-03-07T02:00:00Z";

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void restorePlatformDefaults() {
        put("admin", "/api/service-hours", hours("09:00", "18:00", false));
        put("admin", "/api/employees/" + liuLi() + "/quota", minutes(null));
        put("admin", "/api/departments/" + departmentOf(liuLi()) + "/quota", minutes(null));
    }

    @Test
    void withoutOwnHoursTheTableDefaultAppliesAndWeekendsAreClosed() {
        JsonNode hours = as("admin").getForObject("/api/service-hours", JsonNode.class);
        assertThat(hours.get("opens").asText()).isEqualTo("09:00:00");
        assertThat(hours.get("closes").asText()).isEqualTo("18:00:00");
        JsonNode window = as("admin").getForObject("/api/service-hours/window?at=" + SATURDAY_MORNING, JsonNode.class);
        assertThat(window.get("open").asBoolean()).isFalse();
        assertThat(window.get("reasonCode").asText()).isEqualTo("WEEKEND");
    }

    @Test
    void ownHoursServingWeekendsOpenOnSaturdayForThatEnterpriseOnly() {
        assertThat(put("admin", "/api/service-hours", hours("08:30", "20:00", true)).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode window = as("admin").getForObject("/api/service-hours/window?at=" + SATURDAY_MORNING, JsonNode.class);
        assertThat(window.get("open").asBoolean()).isTrue();
        JsonNode other = as("admin-b").getForObject("/api/service-hours/window?at=" + SATURDAY_MORNING, JsonNode.class);
        assertThat(other.get("open").asBoolean()).isFalse();
    }

    @Test
    void hoursClosingBeforeTheyOpenAreRefusedAndChangeNothing() {
        ResponseEntity<JsonNode> refused = put("admin", "/api/service-hours", hours("18:00", "09:00", true));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("服务开始时间必须早于结束时间");
        assertThat(as("admin").getForObject("/api/service-hours", JsonNode.class).get("servesWeekends").asBoolean()).isFalse();
    }

    @Test
    void aPersonalQuotaOverridesTheDepartmentDefault() {
        long liuLi = liuLi();
        put("admin", "/api/departments/" + departmentOf(liuLi) + "/quota", minutes(300));
        assertThat(quota(liuLi).get("monthlyMinutes").asInt()).isEqualTo(300);

        put("admin", "/api/employees/" + liuLi + "/quota", minutes(50));
        assertThat(quota(liuLi).get("monthlyMinutes").asInt()).isEqualTo(50);

        put("admin", "/api/employees/" + liuLi + "/quota", minutes(null));
        assertThat(quota(liuLi).get("monthlyMinutes").asInt()).isEqualTo(300);
    }

    @Test
    void aNegativeQuotaIsRefused() {
        assertThat(put("admin", "/api/employees/" + liuLi() + "/quota", minutes(-1)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(quota(liuLi()).get("monthlyMinutes").isNull()).isTrue();
    }

    @Test
    void anotherEnterpriseCannotSetOrReadTheQuota() {
        assertThat(put("admin-b", "/api/employees/" + liuLi() + "/quota", minutes(5)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("admin-b", "/api/departments/" + departmentOf(liuLi()) + "/quota", minutes(5)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("liuli").getForEntity("/api/service-hours", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode quota(long employeeId) {
        return as("admin").getForObject("/api/employees/" + employeeId + "/quota", JsonNode.class);
    }

    private long liuLi() {
        return as("liuli").getForObject("/api/me", JsonNode.class).get("employeeId").asLong();
    }

    private long departmentOf(long employeeId) {
        return as("admin").getForObject("/api/employees/" + employeeId, JsonNode.class).get("departmentId").asLong();
    }

    private static Map<String, Object> hours(String opens, String closes, boolean weekends) {
        return Map.of("opens", opens, "closes", closes, "servesWeekends", weekends, "servesHolidays", false);
    }

    private static Map<String, Object> minutes(Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        return body;
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
