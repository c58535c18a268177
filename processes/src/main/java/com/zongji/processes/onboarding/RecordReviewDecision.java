package com.zongji.processes.onboarding;

import com.zongji.engine.onboarding.ReviewingApplication;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviewEnterprise}: the reviewer's decision is kept in the review history; a
 * rejection without a reason refuses to complete the task.
 */
@Component
@RequiredArgsConstructor
public class RecordReviewDecision implements TaskListener {

    private final ReviewingApplication reviewing;

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable(OnboardingVariables.APPROVED);
        if (approved == null) {
            throw new IllegalArgumentException("请选择通过或驳回 / approved must be set");
        }
        reviewing.decide(OnboardingVariables.enterpriseId(task), Boolean.TRUE.equals(approved),
                (String) task.getVariable(OnboardingVariables.REJECTION_REASON), reviewer(task),
                ClockUtil.getCurrentTime().toInstant());
    }

    /** The Tasklist signs the reviewer in to the process engine; a claimed task names its assignee. */
    private static String reviewer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return signedIn == null ? null : signedIn.getUserId();
    }
}
