package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.OrganizationType;
import java.time.LocalDate;

/**
 * What the admin submits, first or corrected.
 *
 * @param certifiedOn         date of advanced (real-name) certification; null when the enterprise holds none
 * @param certificationLetter a reference to the certification letter (file name or document id)
 */
public record ApplicationForm(
        OrganizationType organizationType,
        String province,
        String city,
        LocalDate certifiedOn,
        String companyAddress,
        String legalRepresentativeId,
        String certificationLetter) {

    public ApplicationForm {
        if (organizationType == null || blank(province) || blank(city)) {
            throw new IllegalArgumentException("申请须填写组织类型、省份和城市 / organization type, province and city are required");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
