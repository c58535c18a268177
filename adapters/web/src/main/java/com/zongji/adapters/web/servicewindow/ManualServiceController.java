package com.zongji.adapters.web.servicewindow;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.inbound.ManualService;
import com.zongji.engine.org.Employee;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who takes the enterprise's manual-service calls. */
@RestController
@RequestMapping("/api/manual-service")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ManualServiceController {

    record PersonView(Long employeeId, String name, String extension) {
        static PersonView of(Employee employee) {
            return new PersonView(employee.getId(), employee.getName(), employee.getExtension());
        }
    }

    record Assignment(long employeeId) {
    }

    private final ManualService manualService;

    @GetMapping
    ResponseEntity<PersonView> person(@AuthenticationPrincipal SignedInUser admin) {
        return ResponseEntity.of(manualService.person(admin.tenant()).map(PersonView::of));
    }

    @PutMapping
    PersonView assign(@AuthenticationPrincipal SignedInUser admin, @RequestBody Assignment assignment) {
        return PersonView.of(manualService.assign(admin.tenant(), assignment.employeeId()));
    }
}
