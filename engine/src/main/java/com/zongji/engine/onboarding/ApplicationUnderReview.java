package com.zongji.engine.onboarding;

import com.zongji.engine.enterprise.OrganizationType;
import java.time.Instant;
import java.time.LocalDate;

/** What the carrier's reviewer sees of an application, and when the review is due. */
public record ApplicationUnderReview(
        String enterpriseName,
        OrganizationType organizationType,
        String province,
        String city,
        LocalDate certifiedOn,
        Materials materials,
        Instant dueAt) {
}
