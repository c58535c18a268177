package com.zongji.adapters.web.records;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.access.Role;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.records.CdrCursor;
import com.zongji.engine.records.CdrFilter;
import com.zongji.engine.records.CdrReports;
import com.zongji.engine.records.MarkingPersonalCalls;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CDR reports: an enterprise admin sees the whole enterprise, an employee only their own calls.
 * Days are Beijing-time calendar days, both included. The JSON list is paged; the xlsx export streams
 * every row. Employees mark their own calls personal (非公事) and note something on them.
 */
@RestController
@RequestMapping("/api/cdrs")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
class CdrController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The report's query parameters, as in {@code ?from=2026-11-01&to=2026-11-30&departmentId=3&identity=COLLEAGUE}. */
    record Query(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Long departmentId, Long employeeId, CalleeIdentity identity, Boolean personal) {
    }

    record Mark(boolean personal, String note) {
    }

    private final CdrReports reports;
    private final MarkingPersonalCalls marking;

    @GetMapping
    CdrView.Page cdrs(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Query query,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String after) {
        return CdrView.Page.of(reports.page(filter(user, query), after == null ? null : CdrCursor.parse(after), limit));
    }

    @GetMapping("/department-totals")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    List<DepartmentTotalView> departmentTotals(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Query query) {
        return reports.departmentTotals(filter(user, query)).stream().map(DepartmentTotalView::of).toList();
    }

    @PutMapping("/{id}/mark")
    CdrView mark(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Mark mark) {
        if (user.employeeId() == null) {
            throw new NoSuchElementException("没有通话 " + id + " (no such call)");
        }
        return CdrView.of(marking.mark(user.tenant(), user.employeeId(), id, mark.personal(), mark.note()));
    }

    /**
     * Every row of the report as xlsx. Written on the request thread straight into the response, so no
     * async timeout cuts a long export; the query is checked before the first byte is sent.
     */
    @GetMapping(value = "/export.xlsx", produces = XLSX)
    void export(@AuthenticationPrincipal SignedInUser user, @ModelAttribute Query query, HttpServletResponse response)
            throws IOException {
        CdrFilter filter = filter(user, query);
        reports.page(filter, null, 1);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("通话记录-" + filter.from() + "-" + filter.to() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (CdrWorkbook workbook = new CdrWorkbook(); OutputStream out = response.getOutputStream()) {
            reports.forEach(filter, workbook::add);
            workbook.writeTo(out);
        }
    }

    private static CdrFilter filter(SignedInUser user, Query query) {
        Long viewer = user.role() == Role.ENTERPRISE_ADMIN ? null : user.employeeId();
        if (user.role() != Role.ENTERPRISE_ADMIN && viewer == null) {
            throw new NoSuchElementException("没有通话记录 (no call records)");
        }
        return new CdrFilter(user.tenant(), query.from(), query.to(), query.departmentId(), query.employeeId(),
                query.identity(), query.personal(), viewer);
    }
}
