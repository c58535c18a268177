package com.zongji.permission;

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

/** The admin's quota overview: each department's own default, each employee's own and resulting quota. */
class QuotaOverviewIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void restoreTheDemo() {
        put("/api/departments/" + department("音视频") + "/quota", null);
        put("/api/employees/" + employee("刘力") + "/quota", null);
    }

    @Test
    void theOverviewShowsDefaultsOwnQuotasAndWhatEachEmployeeGets() {
        put("/api/departments/" + department("音视频") + "/quota", 300);
        put("/api/employees/" + employee("刘力") + "/quota", 50);

        JsonNode overview = http.withBasicAuth("admin", "admin").getForObject("/api/quotas", JsonNode.class);

        assertThat(entry(overview.get("departments"), "departmentId", department("音视频")).get("defaultMinutes").asInt())
                .isEqualTo(300);
        assertThat(entry(overview.get("departments"), "departmentId", department("销售部")).get("defaultMinutes").isNull())
                .isTrue();
        JsonNode liuLi = entry(overview.get("employees"), "employeeId", employee("刘力"));
        assertThat(liuLi.get("ownMinutes").asInt()).isEqualTo(50);
        assertThat(liuLi.get("monthlyMinutes").asInt()).isEqualTo(50);
        JsonNode muLun = entry(overview.get("employees"), "employeeId", employee("穆伦"));
        assertThat(muLun.get("ownMinutes").isNull()).isTrue();
        assertThat(muLun.get("monthlyMinutes").asInt()).isEqualTo(300);
        assertThat(entry(overview.get("employees"), "employeeId", employee("王芳")).get("monthlyMinutes").isNull()).isTrue();
    }

    @Test
    void eachAdminSeesTheirOwnEnterpriseOnlyAndEmployeesNone() {
        JsonNode other = http.withBasicAuth("admin-b", "admin-b").getForObject("/api/quotas", JsonNode.class);

        assertThat(other.get("employees")).hasSize(1);
        assertThat(http.withBasicAuth("liuli", "liuli").getForEntity("/api/quotas", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long department(String name) {
        return idNamed(http.withBasicAuth("admin", "admin").getForObject("/api/departments", JsonNode.class), name);
    }

    private long employee(String name) {
        return idNamed(http.withBasicAuth("admin", "admin").getForObject("/api/employees", JsonNode.class), name);
    }

    private static long idNamed(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.get("name").asText().equals(name)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no " + name);
    }

    private static JsonNode entry(JsonNode list, String key, long id) {
        for (JsonNode item : list) {
            if (item.get(key).asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no " + key + " " + id);
    }

    private void put(String path, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        assertThat(http.withBasicAuth("admin", "admin").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }
}
