package com.zongji.adapters.web.permission;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.permission.Quotas;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
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
    private final CallRecordRepository calls;
    private final Clock clock;

    @GetMapping("/api/me/quota")
    MonthQuota myQuota(@AuthenticationPrincipal SignedInUser user) {
        if (user.employeeId() == null) {
            throw new NoSuchElementException("该账号不是员工 / this login is not an employee's");
        }
        Quotas.EmployeeQuota quota = quotas.quotaOf(user.tenant(), user.employeeId());
        ZonedDateTime monthStart = ShanghaiTime.of(clock.instant()).withDayOfMonth(1).toLocalDate().atStartOfDay(ShanghaiTime.ZONE);
        long used = calls.billedMinutes(user.employeeId(), monthStart.toInstant(), monthStart.plusMonths(1).toInstant());
        return new MonthQuota(YearMonth.from(monthStart), quota.monthlyMinutes(), used, quota.ownMinutes());
    }
}
