package com.zongji.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.reliability.BadUploads;
import com.zongji.support.EngineIT;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** An analyst's BPMN upload is checked before it deploys; a refused one leaves the running version in place. */
class ProcessUploadIT extends EngineIT {

    static final String KEY = "upload-probe";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void aValidDiagramDeploysAsANewVersionWhileRunningInstancesKeepTheirs() {
        int first = deployed(upload(diagram("Task_Wait", "userTask", "")));
        ProcessInstance running = runtime.startProcessInstanceByKey(KEY);

        int second = deployed(upload(diagram("Task_WaitLonger", "userTask", "")));

        assertThat(second).isEqualTo(first + 1);
        assertThat(repository.getProcessDefinition(
                runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                        .getProcessDefinitionId()).getVersion()).isEqualTo(first);
        String xml = analyst().getForObject("/api/processes/" + KEY + "/diagram", String.class);
        assertThat(xml).contains("Task_WaitLonger");
    }

    @Test
    void aDelegateThatNamesNoBeanIsRefusedWithItsElement() {
        long versionsBefore = versions();
        ResponseEntity<JsonNode> refused = upload(diagram("Task_Broken", "serviceTask",
                " camunda:delegateExpression=\"${noSuchDelegate}\""));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("element").asText()).isEqualTo("Task_Broken");
            assertThat(problem.get("message").asText()).contains("noSuchDelegate");
        });
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aBusinessRuleTaskNamingNoDeployedDecisionIsRefused() {
        ResponseEntity<JsonNode> refused = upload(diagram("Task_Decide", "businessRuleTask",
                " camunda:decisionRef=\"noSuchDecision\""));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("element").asText()).isEqualTo("Task_Decide");
            assertThat(problem.get("message").asText()).contains("noSuchDecision");
        });
    }

    @Test
    void aFlowToAMissingElementIsRefusedWithCamundasLocation() {
        String broken = diagram("Task_Wait", "userTask", "").replace("targetRef=\"End\"", "targetRef=\"Nowhere\"");
        ResponseEntity<JsonNode> refused = upload(broken);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems").toString()).contains("Nowhere");
    }

    @Test
    void textThatIsNoBpmnIsRefusedWithItsLine() {
        ResponseEntity<JsonNode> refused = upload("<definitions>\n<process id=\"x\">\n</definitions>");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("problems").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void anOversizedDiagramIsRefusedWithTheLimitAndDeploysNothing() {
        long versionsBefore = versions();
        String valid = diagram("Task", "userTask", "");
        String padded = valid.replace("<process ", "<!-- " + "x".repeat(BadUploads.LIMIT) + " -->\n  <process ");

        ResponseEntity<JsonNode> refused = BadUploads.answerTo(() -> upload(padded));

        BadUploads.assertRefusedAsTooLarge(refused);
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void theShippedProcessesAreListed() {
        JsonNode processes = analyst().getForObject("/api/processes", JsonNode.class);
        assertThat(processes).extracting(p -> p.get("key").asText())
                .contains("enterprise-onboarding", "number-selection");
    }

    @Test
    void onlyAnalystsUploadDiagrams() {
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/processes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long versions() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count();
    }

    private static int deployed(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get(0).get("version").asInt();
    }

    private static String diagram(String taskId, String taskType, String taskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="https://zongji.example/test">
                  <process id="%1$s" name="上传检查 Upload probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start"/>
                    <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="%2$s"/>
                    <%3$s id="%2$s"%4$s/>
                    <sequenceFlow id="Flow_2" sourceRef="%2$s" targetRef="End"/>
                    <endEvent id="End"/>
                  </process>
                </definitions>
                """.formatted(KEY, taskId, taskType, taskAttributes);
    }

    private ResponseEntity<JsonNode> upload(String bpmn) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("bpmn", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return KEY + ".bpmn";
            }
        });
        form.add("reason", "test");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return analyst().postForEntity("/api/processes", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "analyst");
    }
}
