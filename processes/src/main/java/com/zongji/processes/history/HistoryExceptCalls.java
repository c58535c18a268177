package com.zongji.processes.history;

import com.zongji.processes.inbound.InboundCallProcess;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Camunda's {@code full} history for every process but {@code inbound-call}, which keeps none. A call's
 * instance lives for seconds and its record is our CDR (call_record, call_leg); its history rows were most
 * of what call set-up wrote (every activity, variable and input parameter of every call, with their
 * indexes). Onboarding and number selection keep their full history: the onboarding progress reads it,
 * and reviewers and operators read it in Cockpit. Running call instances and their incidents stay visible
 * in Cockpit, which shows them from the runtime tables.
 */
public final class HistoryExceptCalls implements HistoryLevel {

    public static final String NAME = "full-except-calls";
    private static final int ID = 30;

    private final Map<String, Boolean> withoutHistory = new ConcurrentHashMap<>();

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        String definitionId = processDefinitionId(entity);
        return definitionId == null || !withoutHistory.computeIfAbsent(definitionId, HistoryExceptCalls::isCall);
    }

    private static boolean isCall(String processDefinitionId) {
        return InboundCallProcess.PROCESS.equals(Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId).getKey());
    }

    /** The process definition the event is about; null when it is about none (an operator's action, a case). */
    private static String processDefinitionId(Object entity) {
        if (entity instanceof ExecutionEntity execution) {
            return execution.getProcessDefinitionId();
        }
        if (entity instanceof VariableInstanceEntity variable) {
            return variable.getExecution() != null ? variable.getExecution().getProcessDefinitionId() : variable.getProcessDefinitionId();
        }
        if (entity instanceof TaskEntity task) {
            return task.getProcessDefinitionId();
        }
        if (entity instanceof IncidentEntity incident) {
            return incident.getProcessDefinitionId();
        }
        if (entity instanceof JobEntity job) {
            return job.getProcessDefinitionId();
        }
        if (entity instanceof ExternalTaskEntity externalTask) {
            return externalTask.getProcessDefinitionId();
        }
        return null;
    }
}
