package com.zongji.adapters.web.onboarding;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.onboarding.ApplicationForm;
import com.zongji.engine.onboarding.ApplyingForAccount;
import com.zongji.engine.onboarding.Materials;
import com.zongji.engine.onboarding.OnboardingStatus;
import com.zongji.engine.onboarding.TrackingOnboarding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's side of enterprise onboarding: apply, supply missing materials, resubmit a rejected
 * application, and follow it. The carrier's review happens in Camunda Tasklist.
 */
@RestController
@RequestMapping("/api/onboarding")
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
@RequiredArgsConstructor
class OnboardingController {

    record ApplicationRequest(OrganizationType organizationType, String province, String city, LocalDate certifiedOn,
                              String companyAddress, String legalRepresentativeId, String certificationLetter) {

        ApplicationForm form() {
            return new ApplicationForm(organizationType, province, city, certifiedOn, companyAddress,
                    legalRepresentativeId, certificationLetter);
        }
    }

    record MaterialsRequest(String companyAddress, String legalRepresentativeId, String certificationLetter) {
    }

    record StatusView(String status, String reason, List<String> missingMaterials, String currentStep,
                      Instant reviewDue, boolean numberSelectionReached, String officeNumber,
                      List<OnboardingStatus.Notice> notifications) {

        static StatusView of(OnboardingStatus status) {
            return new StatusView(status.status().name(), status.reason(), status.missingMaterials(),
                    status.progress().currentStep(), status.progress().reviewDue(),
                    status.progress().numberSelectionReached(), status.officeNumber(), status.notifications());
        }
    }

    private final ApplyingForAccount applying;
    private final TrackingOnboarding tracking;

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    StatusView apply(@AuthenticationPrincipal SignedInUser user, @RequestBody ApplicationRequest request) {
        applying.apply(user.tenant(), request.form());
        return status(user);
    }

    @PostMapping("/materials")
    StatusView supplyMaterials(@AuthenticationPrincipal SignedInUser user, @RequestBody MaterialsRequest request) {
        applying.supplyMaterials(user.tenant(),
                new Materials(request.companyAddress(), request.legalRepresentativeId(), request.certificationLetter()));
        return status(user);
    }

    @PostMapping("/resubmit")
    StatusView resubmit(@AuthenticationPrincipal SignedInUser user, @RequestBody ApplicationRequest request) {
        applying.resubmit(user.tenant(), request.form());
        return status(user);
    }

    @GetMapping
    StatusView status(@AuthenticationPrincipal SignedInUser user) {
        return StatusView.of(tracking.status(user.tenant()));
    }
}
