package com.zongji.engine.access;

/** What a signed-in user may do; platform roles have no enterprise, the others belong to one. */
public enum Role {
    PLATFORM_REVIEWER(false),
    ANALYST(false),
    ENTERPRISE_ADMIN(true),
    EMPLOYEE(true);

    private final boolean enterpriseScoped;

    Role(boolean enterpriseScoped) {
        this.enterpriseScoped = enterpriseScoped;
    }

    public boolean isEnterpriseScoped() {
        return enterpriseScoped;
    }
}
