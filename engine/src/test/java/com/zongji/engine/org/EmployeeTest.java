package com.zongji.engine.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmployeeTest {

    @Test
    void anExtensionOnceHeldIsNeverOverwritten() {
        Employee employee = new Employee(1L, 1L, "张三", "13800138000", true);
        employee.assignExtension("800");

        assertThatThrownBy(() -> employee.assignExtension("801")).isInstanceOf(IllegalStateException.class);
        assertThat(employee.getExtension()).isEqualTo("800");
    }

    @Test
    void aBlankExtensionIsNoExtension() {
        Employee employee = new Employee(1L, 1L, "张三", "13800138000", true);

        assertThatThrownBy(() -> employee.assignExtension(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(employee.hasExtension()).isFalse();
    }

    @Test
    void anAdminsEditReplacesTheExtensionButNotWithABlank() {
        Employee employee = new Employee(1L, 1L, "张三", "13800138000", true);
        employee.assignExtension("800");

        employee.changeExtension("8000");
        assertThatThrownBy(() -> employee.changeExtension("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(employee.getExtension()).isEqualTo("8000");
    }
}
