package com.zongji.adapters.web.account;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.billing.PrepaidAccountRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/account")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class AccountController {

    /** Balance both as integer thousandths of a yuan (for programs) and as yuan text (for people). */
    record AccountView(long balanceThousandths, String balanceYuan) {
    }

    private final PrepaidAccountRepository accounts;

    @GetMapping
    AccountView account(@AuthenticationPrincipal SignedInUser user) {
        var balance = accounts.findById(user.tenant()).orElseThrow().balance();
        return new AccountView(balance.thousandths(), balance.toYuanString());
    }
}
