package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.ReviewingApplication;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateOverdueReview}: a review past its due date moves to the top of the reviewers' list
 * (task priority) and is recorded as a late review for the platform.
 */
@Component
@RequiredArgsConstructor
public class EscalateOverdueReview implements JavaDelegate {

    /** Camunda's default task priority is 50. */
    static final int OVERDUE_PRIORITY = 100;

    private final ReviewingApplication reviewing;

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(OnboardingProcess.REVIEW_TASK).singleResult();
        if (review != null) {
            tasks.setPriority(review.getId(), OVERDUE_PRIORITY);
        }
        Date due = (Date) execution.getVariable(OnboardingVariables.REVIEW_DUE);
        reviewing.escalate(OnboardingVariables.enterpriseId(execution), due.toInstant(),
                ClockUtil.getCurrentTime().toInstant());
    }
}
