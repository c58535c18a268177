package com.zongji.engine.enterprise;

/** Legal form; individual businesses (个体工商户) are not eligible for an office number. */
public enum OrganizationType {
    COMPANY,
    INDIVIDUAL_BUSINESS
}
