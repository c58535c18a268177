package com.zongji.processes.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.InboundCallStarted;
import com.zongji.engine.call.Prompt;
import com.zongji.processes.deployment.ProcessDiagrams;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * An analyst adds "press 1 for sales" by editing the diagram alone (a gateway branch to the sales desk's
 * extension, 1 as an immediate key, a spoken menu) and uploading it: new calls route by it.
 */
@SpringJUnitConfig(InboundCallEngine.class)
class AnalystsMenuChangeTest {

    private static final AtomicLong CALLS = new AtomicLong(5000);
    private static final long SALES_DESK = 5;

    @Autowired
    private ProcessDiagrams diagrams;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private InboundCallProcess flow;
    @Autowired
    private RecordingSteps steps;

    private String analystsDeployment;

    @BeforeEach
    void salesDeskOnExtension8001() {
        steps.reset();
        steps.extension("8001", SALES_DESK);
    }

    @AfterEach
    void restoreTheShippedDiagram() {
        if (analystsDeployment != null) {
            repository.deleteDeployment(analystsDeployment, true);
        }
    }

    @Test
    void theShippedMenuTakesOneForAnUnknownExtension() {
        answerAndPress("1");

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "say unknown-extension");
    }

    @Test
    void afterTheUploadOneRingsTheSalesDesk() throws IOException {
        ProcessDefinition uploaded = upload("inbound-call-with-sales-key.bpmn");
        assertThat(uploaded.getVersion()).isGreaterThan(1);

        answerAndPress("1");

        assertThat(steps.taken()).containsExactly("say ivr-menu", "collect", "ring 5 PT30S");
        assertThat(steps.lastCollection().immediate()).isEqualTo("01");
    }

    @Test
    void afterTheUploadTheMenuIsSpokenAsTheAnalystWroteIt() throws IOException {
        upload("inbound-call-with-sales-key.bpmn");

        flow.start(new InboundCallStarted(CALLS.incrementAndGet(), 1, "13912345678", "02161234567"));

        assertThat(steps.lastPrompt()).isEqualTo(Prompt.spoken("您好，销售请按1，直拨分机号请输入分机号，人工服务请按0", "ivr-menu"));
    }

    private void answerAndPress(String digits) {
        long call = CALLS.incrementAndGet();
        flow.start(new InboundCallStarted(call, 1, "13912345678", "02161234567"));
        flow.promptFinished(call);
        flow.digitsCollected(call, digits);
    }

    private ProcessDefinition upload(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            ProcessDefinition definition = diagrams.deploy("inbound-call.bpmn", in.readAllBytes(), "analyst", "销售请按1")
                    .stream().filter(found -> found.getKey().equals(InboundCallProcess.PROCESS)).findFirst().orElseThrow();
            analystsDeployment = definition.getDeploymentId();
            return definition;
        }
    }
}
