package com.zongji.rules.eligibility;

/** Whether the eligibility table's region list opens the applicant's province and city. */
public record RegionStatus(boolean open) {
}
