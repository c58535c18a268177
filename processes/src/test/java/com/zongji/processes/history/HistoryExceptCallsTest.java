package com.zongji.processes.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A call's instance leaves no history; any other process keeps its full history. */
class HistoryExceptCallsTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = engine("history-except-calls", HistoryExceptCalls.NAME);
        engine.getRepositoryService().createDeployment()
                .addModelInstance("inbound-call.bpmn", withTask("inbound-call"))
                .addModelInstance("enterprise-onboarding.bpmn", withTask("enterprise-onboarding"))
                .deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void inboundCallsLeaveNoHistory() {
        String call = runThrough("inbound-call");

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(call).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(call).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(call).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(call).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(call).count()).isZero();
    }

    @Test
    void otherProcessesKeepFullHistory() {
        String onboarding = runThrough("enterprise-onboarding");

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(onboarding).finished().count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(onboarding).activityId("review").count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(onboarding).variableName("decision")
                .singleResult().getValue()).isEqualTo("approved");
        assertThat(history.createHistoricDetailQuery().processInstanceId(onboarding).variableUpdates().count()).isEqualTo(2);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(onboarding).finished().count()).isOne();
    }

    @Test
    void aDatabaseWrittenWithFullHistoryTakesTheLevel() {
        engine("was-full", ProcessEngineConfiguration.HISTORY_FULL).close();

        ProcessEngine upgraded = engine("was-full", HistoryExceptCalls.NAME);
        try {
            assertThat(((ProcessEngineConfigurationImpl) upgraded.getProcessEngineConfiguration()).getHistoryLevel().getName())
                    .isEqualTo(HistoryExceptCalls.NAME);
            assertThat(upgraded.getManagementService().getProperties()).containsEntry("historyLevel", "30");
        } finally {
            upgraded.close();
        }
    }

    private static ProcessEngine engine(String database, String history) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(database)
                .setJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1")
                .setHistory(history);
        configuration.getProcessEnginePlugins().add(new HistoryExceptCallsPlugin());
        return configuration.buildProcessEngine();
    }

    /** Starts the process with a variable, completes its task with another and returns the instance id. */
    private static String runThrough(String key) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("callId", 7L)).getId();
        TaskService tasks = engine.getTaskService();
        List<String> open = tasks.createTaskQuery().processInstanceId(instance).list().stream().map(task -> task.getId()).toList();
        assertThat(open).hasSize(1);
        tasks.complete(open.get(0), Map.of("decision", "approved"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        return instance;
    }

    private static BpmnModelInstance withTask(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .startEvent().userTask("review").endEvent().done();
    }
}
