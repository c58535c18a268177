package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.EnterpriseStatus;
import com.zongji.engine.servicewindow.WorkingDays;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carrier's review of an application: due in working days after submission, every decision kept. */
@Service
@RequiredArgsConstructor
@Transactional
public class ReviewingApplication {

    private final EnterpriseRepository enterprises;
    private final AccountApplicationRepository applications;
    private final ReviewDecisionRepository decisions;
    private final ReviewEscalationRepository escalations;
    private final WorkingDays workingDays;
    private final AdminNotices notices;

    /** @param workingDaysToReview the time the carrier has, counted in working days of the holiday calendar */
    public ApplicationUnderReview submit(long enterpriseId, Instant submittedAt, int workingDaysToReview) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        enterprise.moveTo(EnterpriseStatus.UNDER_REVIEW);
        Materials materials = applications.findById(enterpriseId).orElseThrow().materials();
        Instant due = workingDays.addWorkingDays(submittedAt, workingDaysToReview).toInstant();
        return new ApplicationUnderReview(enterprise.getName(), enterprise.getOrganizationType(), enterprise.getProvince(),
                enterprise.getCity(), enterprise.getCertifiedOn(), materials, due);
    }

    public void decide(long enterpriseId, boolean approved, String reason, String reviewer, Instant at) {
        if (!approved && ApplicationForm.blank(reason)) {
            throw new IllegalArgumentException("驳回申请须填写原因 / a rejection needs a reason");
        }
        decisions.save(new ReviewDecision(enterpriseId, approved, approved ? null : reason.strip(), reviewer, at));
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        if (approved) {
            enterprise.moveTo(EnterpriseStatus.SELECTING_NUMBER);
        } else {
            enterprise.moveTo(EnterpriseStatus.REJECTED);
            notices.tell(enterpriseId, "审核未通过：" + reason.strip() + "。请修改后重新提交。");
        }
    }

    public void escalate(long enterpriseId, Instant dueAt, Instant at) {
        escalations.save(new ReviewEscalation(enterpriseId, dueAt, at));
    }
}
