package com.zongji.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
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
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void webappIsServed(String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsIgnoringCase("camunda").contains("<html");
    }

    @Test
    void aTaskCompletedThroughCamundaRestIsLoggedWithTheSignedInReviewer() {
        repository.createDeployment().addModelInstance("identity-probe.bpmn", Bpmn.createExecutableProcess("identity-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").camundaCandidateGroups("reviewers").endEvent().done()).deploy();
        String instance = runtime.startProcessInstanceByKey("identity-probe").getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

        ResponseEntity<String> completed = http.withBasicAuth("reviewer", "reviewer")
                .postForEntity("/engine-rest/task/" + task + "/complete", Map.of(), String.class);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(history.createUserOperationLogQuery().taskId(task).operationType("Complete").list())
                .extracting(entry -> entry.getUserId()).contains("reviewer");
    }

    @Test
    void platformOperatorExistsInCamundaIdentity() {
        JsonNode users = http.withBasicAuth("reviewer", "reviewer").getForObject("/engine-rest/user", JsonNode.class);
        assertThat(users).extracting(u -> u.get("id").asText()).contains("operator");
    }
}
