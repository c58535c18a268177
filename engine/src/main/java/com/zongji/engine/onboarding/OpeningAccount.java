package com.zongji.engine.onboarding;

import com.zongji.engine.billing.PrepaidAccount;
import com.zongji.engine.billing.PrepaidAccountRepository;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.numbering.AllocatingExtensions;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the account once number selection has given the enterprise its office number: extensions for
 * every activated employee, a prepaid account ready for recharge, and a notice to the admin.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class OpeningAccount {

    private final EnterpriseRepository enterprises;
    private final OfficeNumberRepository numbers;
    private final AllocatingExtensions extensions;
    private final PrepaidAccountRepository accounts;
    private final AdminNotices notices;

    public void open(long enterpriseId, String officeNumber) {
        OfficeNumber number = numbers.findById(officeNumber).orElseThrow();
        if (number.getStatus() != NumberStatus.ASSIGNED || !Objects.equals(number.getEnterpriseId(), enterpriseId)) {
            throw new IllegalStateException("Office number " + officeNumber + " is not assigned to enterprise " + enterpriseId);
        }
        extensions.allocate(enterpriseId);
        if (!accounts.existsById(enterpriseId)) {
            accounts.save(new PrepaidAccount(enterpriseId));
        }
        enterprises.findById(enterpriseId).orElseThrow().open();
        notices.tell(enterpriseId, "办公电话已开通，号码 " + officeNumber + "，分机已分配，充值后即可使用。");
    }
}
