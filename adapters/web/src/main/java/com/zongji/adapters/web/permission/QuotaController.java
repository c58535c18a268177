package com.zongji.adapters.web.permission;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.permission.Quotas;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monthly call minutes: department defaults and personal overrides; a null minutes value removes one. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class QuotaController {

    record MinutesRequest(Integer minutes) {
    }

    private final Quotas quotas;

    @PutMapping("/departments/{id}/quota")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void departmentDefault(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
                           @RequestBody MinutesRequest request) {
        quotas.setDepartmentDefault(admin.tenant(), id, request.minutes());
    }

    @PutMapping("/employees/{id}/quota")
    Quotas.EmployeeQuota personal(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
                                  @RequestBody MinutesRequest request) {
        return quotas.setEmployeeQuota(admin.tenant(), id, request.minutes());
    }

    @GetMapping("/employees/{id}/quota")
    Quotas.EmployeeQuota quota(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id) {
        return quotas.quotaOf(admin.tenant(), id);
    }
}
