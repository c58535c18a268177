package com.zongji.adapters.web.permission;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.permission.Quotas;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's quota page in one read: each department's own default and each employee's quota. */
@RestController
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class QuotaOverviewController {

    private final Quotas quotas;

    @GetMapping("/api/quotas")
    Quotas.Overview overview(@AuthenticationPrincipal SignedInUser admin) {
        return quotas.overview(admin.tenant());
    }
}
