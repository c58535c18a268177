package com.zongji.adapters.web.enterprise;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class EnterpriseController {

    record EnterpriseView(Long id, String name, String province, String city, String status, List<String> officeNumbers) {
    }

    record MeView(String username, String role, Long enterpriseId, Long employeeId) {
    }

    private final EnterpriseRepository enterprises;
    private final OfficeNumberRepository numbers;

    @GetMapping("/me")
    MeView me(@AuthenticationPrincipal SignedInUser user) {
        return new MeView(user.username(), user.role().name(), user.enterpriseId(), user.employeeId());
    }

    @GetMapping("/enterprise")
    @PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
    @Transactional(readOnly = true)
    EnterpriseView enterprise(@AuthenticationPrincipal SignedInUser user) {
        var enterprise = enterprises.findById(user.tenant()).orElseThrow();
        List<String> officeNumbers = numbers.findByEnterpriseId(enterprise.getId()).stream()
                .map(OfficeNumber::getNumber).toList();
        return new EnterpriseView(enterprise.getId(), enterprise.getName(), enterprise.getProvince(),
                enterprise.getCity(), enterprise.getStatus().name(), officeNumbers);
    }
}
