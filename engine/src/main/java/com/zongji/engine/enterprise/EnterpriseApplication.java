package com.zongji.engine.enterprise;

import java.time.LocalDate;

/**
 * What an enterprise's admin submits to open an account.
 *
 * @param certifiedOn date of advanced (real-name) certification; null when the enterprise holds none
 * @param hasCompanyAddress        the company address is supplied
 * @param hasLegalRepresentativeId the legal representative's ID number is supplied
 * @param hasCertificationLetter   the certification letter (认证公函) is supplied
 */
public record EnterpriseApplication(
        OrganizationType organizationType,
        String province,
        String city,
        LocalDate certifiedOn,
        boolean hasCompanyAddress,
        boolean hasLegalRepresentativeId,
        boolean hasCertificationLetter) {
}
