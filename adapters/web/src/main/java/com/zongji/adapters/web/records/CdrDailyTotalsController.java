package com.zongji.adapters.web.records;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.records.CdrFilter;
import com.zongji.engine.records.CdrReports;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report's minutes per Beijing day and per department, for the console's chart: for each day, the
 * report's top department (the enterprise, or the filtered department) and its direct sub-departments,
 * rolled up as in the department totals; a chart covers at most a year.
 */
@RestController
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class CdrDailyTotalsController {

    static final int MAX_DAYS = 366;

    record DayTotals(LocalDate day, List<DepartmentTotalView> departments) {
    }

    private final CdrReports reports;

    @GetMapping("/api/cdrs/daily-totals")
    List<DayTotals> dailyTotals(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute CdrController.Query query) {
        CdrFilter report = filter(admin, query, query.from(), query.to());
        if (ChronoUnit.DAYS.between(report.from(), report.to()) >= MAX_DAYS) {
            throw new IllegalArgumentException("图表最多显示 " + MAX_DAYS + " 天 / the chart covers at most " + MAX_DAYS + " days");
        }
        return reports.dailyDepartmentTotals(report).entrySet().stream()
                .map(day -> new DayTotals(day.getKey(), day.getValue().stream()
                        .filter(total -> total.depth() <= 1)
                        .map(DepartmentTotalView::of).toList()))
                .toList();
    }

    private static CdrFilter filter(SignedInUser admin, CdrController.Query query, LocalDate from, LocalDate to) {
        return new CdrFilter(admin.tenant(), from, to, query.departmentId(), query.employeeId(), query.identity(),
                query.personal(), null);
    }
}
