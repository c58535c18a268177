package com.zongji.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Camunda's own Tasklist and Cockpit are served, behind Camunda's login, with the platform operator. */
class CamundaWebappsIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void webappIsServed(String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsIgnoringCase("camunda").contains("<html");
    }

    @Test
    void platformOperatorExistsInCamundaIdentity() {
        JsonNode users = http.withBasicAuth("reviewer", "reviewer").getForObject("/engine-rest/user", JsonNode.class);
        assertThat(users).extracting(u -> u.get("id").asText()).contains("operator");
    }
}
