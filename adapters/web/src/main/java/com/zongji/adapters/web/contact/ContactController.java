package com.zongji.adapters.web.contact;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.contact.ExternalContactRepository;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
class ContactController {

    record ContactView(Long id, String name, String company, String number, Long accountManagerId) {
    }

    private final ExternalContactRepository contacts;

    @GetMapping
    List<ContactView> contacts(@AuthenticationPrincipal SignedInUser user) {
        return contacts.findByEnterpriseIdOrderById(user.tenant()).stream()
                .map(c -> new ContactView(c.getId(), c.getName(), c.getCompany(), c.getNumber(), c.getAccountManagerId()))
                .toList();
    }
}
