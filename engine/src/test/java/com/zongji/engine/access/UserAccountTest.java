package com.zongji.engine.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void enterpriseRolesNeedAnEnterprise() {
        assertThatThrownBy(() -> new UserAccount("a", "{noop}a", Role.ENTERPRISE_ADMIN, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("e", "{noop}e", Role.EMPLOYEE, null, 7L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void platformRolesBelongToNoEnterprise() {
        assertThatThrownBy(() -> new UserAccount("r", "{noop}r", Role.PLATFORM_REVIEWER, 1L, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
