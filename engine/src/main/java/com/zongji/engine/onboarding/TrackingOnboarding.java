package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.EnterpriseStatus;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the admin's "where is my application?". */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class TrackingOnboarding {

    private final EnterpriseRepository enterprises;
    private final AccountApplicationRepository applications;
    private final ReviewDecisionRepository decisions;
    private final OnboardingNotificationRepository notifications;
    private final OfficeNumberRepository numbers;
    private final OnboardingFlow flow;

    public OnboardingStatus status(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        Optional<AccountApplication> application = applications.findById(enterpriseId);
        List<String> missing = application.map(AccountApplication::getMissingMaterials)
                .map(names -> Arrays.asList(names.split("、"))).orElse(List.of());
        String officeNumber = numbers.findByEnterpriseId(enterpriseId).stream()
                .filter(number -> number.getStatus() == NumberStatus.ASSIGNED)
                .map(OfficeNumber::getNumber).findFirst().orElse(null);
        List<OnboardingStatus.Notice> notices = notifications.findByEnterpriseIdOrderById(enterpriseId).stream()
                .map(notice -> new OnboardingStatus.Notice(notice.getMessage(), notice.getCreatedAt())).toList();
        return new OnboardingStatus(enterprise.getStatus(), reason(enterprise, application, missing), missing,
                flow.progress(enterpriseId), officeNumber, notices);
    }

    private String reason(Enterprise enterprise, Optional<AccountApplication> application, List<String> missing) {
        if (enterprise.getStatus() == EnterpriseStatus.REFUSED) {
            return application.map(AccountApplication::getRefusalReason).orElse(null);
        }
        if (enterprise.getStatus() == EnterpriseStatus.REJECTED) {
            List<ReviewDecision> reviews = decisions.findByEnterpriseIdOrderById(enterprise.getId());
            return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).getReason();
        }
        if (enterprise.getStatus() == EnterpriseStatus.APPLYING && !missing.isEmpty()) {
            return "请补充材料：" + String.join("、", missing);
        }
        return null;
    }
}
