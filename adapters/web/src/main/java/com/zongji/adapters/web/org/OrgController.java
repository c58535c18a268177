package com.zongji.adapters.web.org;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.org.OrgDirectory;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's own enterprise directory: departments and colleagues. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
class OrgController {

    private final OrgDirectory directory;
    private final OrgViews views;

    @GetMapping("/departments")
    List<OrgViews.DepartmentView> departments(@AuthenticationPrincipal SignedInUser user) {
        return views.departments(directory.departments(user.tenant()));
    }

    @GetMapping("/employees")
    List<OrgViews.EmployeeView> employees(@AuthenticationPrincipal SignedInUser user) {
        return views.employees(directory.employees(user.tenant()));
    }

    /** Another enterprise's employee is answered exactly like a missing one: 404, nothing revealed. */
    @GetMapping("/employees/{id}")
    OrgViews.EmployeeView employee(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return directory.employee(user.tenant(), id)
                .map(views::employee)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No employee " + id));
    }
}
