package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.EnterpriseStatus;
import java.time.Clock;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's side of onboarding: apply, supply missing materials, resubmit a rejected application. */
@Service
@RequiredArgsConstructor
@Transactional
public class ApplyingForAccount {

    /** A refused enterprise may apply again, e.g. once its city is open or it is certified. */
    private static final Set<EnterpriseStatus> MAY_APPLY = Set.of(EnterpriseStatus.APPLYING, EnterpriseStatus.REFUSED);

    private final EnterpriseRepository enterprises;
    private final AccountApplicationRepository applications;
    private final OnboardingFlow flow;
    private final Clock clock;

    public void apply(long enterpriseId, ApplicationForm form) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        if (!MAY_APPLY.contains(enterprise.getStatus()) || flow.isRunning(enterpriseId)) {
            throw new IllegalArgumentException("企业的开通申请已在办理中或已开通 / an application is already under way or the account is open");
        }
        record(enterprise, form);
        enterprise.moveTo(EnterpriseStatus.APPLYING);
        flow.start(enterpriseId);
    }

    public void supplyMaterials(long enterpriseId, Materials materials) {
        applications.findById(enterpriseId)
                .orElseThrow(() -> new IllegalArgumentException("当前无需补充材料 / no materials are awaited"))
                .supplement(materials);
        flow.materialsSupplied(enterpriseId);
    }

    public void resubmit(long enterpriseId, ApplicationForm form) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
        if (enterprise.getStatus() != EnterpriseStatus.REJECTED) {
            throw new IllegalArgumentException("只有被驳回的申请可以修改后重新提交 / only a rejected application can be resubmitted");
        }
        record(enterprise, form);
        flow.applicationCorrected(enterpriseId);
    }

    private void record(Enterprise enterprise, ApplicationForm form) {
        enterprise.describe(form.organizationType(), form.province().strip(), form.city().strip(), form.certifiedOn());
        Materials materials = new Materials(form.companyAddress(), form.legalRepresentativeId(), form.certificationLetter());
        applications.findById(enterprise.getId()).ifPresentOrElse(
                application -> application.submit(materials, clock.instant()),
                () -> applications.save(new AccountApplication(enterprise.getId(), materials, clock.instant())));
    }
}
