package com.zongji.adapters.web.permission;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.permission.Quotas;
import java.time.YearMonth;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in employee's own quota this month, as the console's dial page shows it. */
@RestController
@RequiredArgsConstructor
@PreAuthorize("hasRole('EMPLOYEE')")
class MyQuotaController {

    /**
     * The quota of the current Beijing-time month and the minutes billed to the employee's calls in it so
     * far, counted as the permission check counts them; {@code monthlyMinutes} null means unlimited.
     */
    record MonthQuota(YearMonth month, Integer monthlyMinutes, long usedMinutes, Integer ownMinutes) {
    }

    private final Quotas quotas;

    @GetMapping("/api/me/quota")
    MonthQuota myQuota(@AuthenticationPrincipal SignedInUser user) {
        if (user.employeeId() == null) {
            throw new NoSuchElementException("该账号不是员工 / this login is not an employee's");
        }
        Quotas.EmployeeQuota quota = quotas.quotaOf(user.tenant(), user.employeeId());
        Quotas.MonthUsage used = quotas.usageThisMonth(user.employeeId());
        return new MonthQuota(used.month(), quota.monthlyMinutes(), used.billedMinutes(), quota.ownMinutes());
    }
}
