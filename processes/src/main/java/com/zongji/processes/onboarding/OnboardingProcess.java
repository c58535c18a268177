package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.OnboardingFlow;
import com.zongji.engine.onboarding.OnboardingProgress;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The {@code enterprise-onboarding} BPMN behind the engine's {@link OnboardingFlow}. Its business key is
 * the enterprise id, which is also how the number selection it calls is found.
 */
@Component
@RequiredArgsConstructor
public class OnboardingProcess implements OnboardingFlow {

    public static final String PROCESS = "enterprise-onboarding";
    public static final String REVIEW_TASK = "Task_ReviewEnterprise";
    public static final String SELECT_NUMBER = "CallActivity_SelectNumber";
    public static final String MATERIALS_SUPPLIED = "MaterialsSupplied";
    public static final String APPLICATION_CORRECTED = "ApplicationCorrected";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;

    @Override
    public void start(long enterpriseId) {
        runtime.startProcessInstanceByKey(PROCESS, key(enterpriseId),
                Map.of(OnboardingVariables.ENTERPRISE_ID, enterpriseId));
    }

    @Override
    public void materialsSupplied(long enterpriseId) {
        correlate(MATERIALS_SUPPLIED, enterpriseId, "当前无需补充材料 / no materials are awaited");
    }

    @Override
    public void applicationCorrected(long enterpriseId) {
        correlate(APPLICATION_CORRECTED, enterpriseId, "当前没有待修改的申请 / no rejected application awaits correction");
    }

    @Override
    public boolean isRunning(long enterpriseId) {
        return running(enterpriseId) != null;
    }

    @Override
    public OnboardingProgress progress(long enterpriseId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(key(enterpriseId))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instances.isEmpty()) {
            return OnboardingProgress.none();
        }
        HistoricProcessInstance latest = instances.get(0);
        boolean numberSelectionReached = history.createHistoricActivityInstanceQuery()
                .processInstanceId(latest.getId()).activityId(SELECT_NUMBER).count() > 0;
        ProcessInstance instance = running(enterpriseId);
        if (instance == null) {
            return new OnboardingProgress(null, null, numberSelectionReached);
        }
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVIEW_TASK).singleResult();
        Date due = review == null ? null : review.getDueDate();
        return new OnboardingProgress(currentStep(instance), due == null ? null : due.toInstant(), numberSelectionReached);
    }

    private String currentStep(ProcessInstance instance) {
        var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<String> steps = runtime.getActiveActivityIds(instance.getId()).stream()
                .map(id -> model.<FlowElement>getModelElementById(id))
                .filter(Objects::nonNull)
                .map(element -> element.getName() == null ? element.getId() : element.getName())
                .toList();
        return steps.isEmpty() ? null : String.join("、", steps);
    }

    private ProcessInstance running(long enterpriseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(key(enterpriseId)).singleResult();
    }

    private void correlate(String message, long enterpriseId, String notAwaited) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(key(enterpriseId)).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalArgumentException(notAwaited, e);
        }
    }

    private static String key(long enterpriseId) {
        return Long.toString(enterpriseId);
    }
}
