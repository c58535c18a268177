package com.zongji.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every query is scoped to the signed-in user's enterprise, and every endpoint but health needs a login. */
class TenantIsolationIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void anAdminSeesAnEmployeeOfTheirOwnEnterprise() {
        long liuLi = employeeIdOf("liuli");
        ResponseEntity<JsonNode> response = as("admin").getForEntity("/api/employees/" + liuLi, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("name").asText()).isEqualTo("刘力");
    }

    @Test
    void anotherEnterprisesAdminGetsNotFoundForThatEmployee() {
        long liuLi = employeeIdOf("liuli");
        ResponseEntity<String> response = as("admin-b").getForEntity("/api/employees/" + liuLi, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain("刘力");
    }

    @Test
    void anotherEnterprisesDirectoryListsOnlyItsOwnPeople() {
        JsonNode employees = as("admin-b").getForObject("/api/employees", JsonNode.class);
        assertThat(employees).extracting(e -> e.get("name").asText()).containsExactly("孙悦");
        JsonNode contacts = as("admin-b").getForObject("/api/contacts", JsonNode.class);
        assertThat(contacts).isEmpty();
    }

    @Test
    void platformRolesAreRefusedEnterpriseData() {
        assertThat(as("reviewer").getForEntity("/api/employees", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("analyst").getForEntity("/api/departments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEmployeeCannotReadTheBalance() {
        assertThat(as("liuli").getForEntity("/api/account", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin").getForEntity("/api/account", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutLoginOnlyHealthAnswers() {
        assertThat(anonymous("/api/employees", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "wrong").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> health = anonymous("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void camundaRestIsForPlatformRolesOnly() {
        assertThat(as("reviewer").getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("admin").getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A client of its own, so that no connection or state of the signed-in tests is reused. */
    private <T> ResponseEntity<T> anonymous(String path, Class<T> type) {
        return new TestRestTemplate().getForEntity(http.getRootUri() + path, type);
    }

    private long employeeIdOf(String username) {
        return as(username).getForObject("/api/me", JsonNode.class).get("employeeId").asLong();
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
