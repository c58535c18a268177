package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.EligibilityDecision;
import com.zongji.engine.enterprise.EligibilityPolicy;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseApplication;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.EnterpriseStatus;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts an application before the eligibility table, and refuses it when the table says so. */
@Service
@RequiredArgsConstructor
@Transactional
public class CheckingEligibility {

    private final EnterpriseRepository enterprises;
    private final AccountApplicationRepository applications;
    private final EligibilityPolicy policy;
    private final AdminNotices notices;

    public EligibilityDecision check(long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        AccountApplication application = applications.findById(enterpriseId).orElseThrow();
        Materials materials = application.materials();
        EligibilityDecision decision = policy.decide(new EnterpriseApplication(
                enterprise.getOrganizationType(), enterprise.getProvince(), enterprise.getCity(),
                enterprise.getCertifiedOn(), materials.companyAddress() != null,
                materials.legalRepresentativeId() != null, materials.certificationLetter() != null));
        application.checked(decision.missingMaterials());
        return decision;
    }

    public void refuse(long enterpriseId, String reasonCode, String reason) {
        applications.findById(enterpriseId).orElseThrow().refuse(reasonCode, reason);
        enterprises.findById(enterpriseId).orElseThrow().moveTo(EnterpriseStatus.REFUSED);
        notices.tell(enterpriseId, "开通申请未通过：" + reason);
    }
}
