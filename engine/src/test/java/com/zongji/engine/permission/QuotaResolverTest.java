package com.zongji.engine.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.org.Department;
import com.zongji.engine.org.Employee;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class QuotaResolverTest {

    private final Department company = department(1L, null, 300);
    private final Department sales = department(2L, 1L, null);
    private final Department salesNorth = department(3L, 2L, null);
    private final Department support = department(4L, 1L, 1000);

    @Test
    void anEmployeesOwnQuotaOverridesTheDepartmentDefault() {
        assertThat(QuotaResolver.monthlyMinutes(employee(4L, 50), tree(company, support))).isEqualTo(50);
    }

    @Test
    void withoutAnOwnQuotaTheDepartmentDefaultApplies() {
        assertThat(QuotaResolver.monthlyMinutes(employee(4L, null), tree(company, support))).isEqualTo(1000);
    }

    @Test
    void theNearestDepartmentAboveWithADefaultApplies() {
        assertThat(QuotaResolver.monthlyMinutes(employee(3L, null), tree(company, sales, salesNorth))).isEqualTo(300);
        ReflectionTestUtils.setField(sales, "defaultMonthlyMinutes", 600);
        assertThat(QuotaResolver.monthlyMinutes(employee(3L, null), tree(company, sales, salesNorth))).isEqualTo(600);
    }

    @Test
    void withoutAnyQuotaOnTheWayUpCallsAreNotLimitedByMinutes() {
        ReflectionTestUtils.setField(company, "defaultMonthlyMinutes", null);
        assertThat(QuotaResolver.monthlyMinutes(employee(3L, null), tree(company, sales, salesNorth))).isNull();
    }

    @Test
    void aZeroQuotaIsAQuotaNotUnlimited() {
        assertThat(QuotaResolver.monthlyMinutes(employee(3L, 0), tree(company, sales, salesNorth))).isZero();
    }

    @Test
    void aLoopInADamagedTreeEndsAsUnlimited() {
        Department a = department(10L, 11L, null);
        Department b = department(11L, 10L, null);
        assertThat(QuotaResolver.monthlyMinutes(employee(10L, null), tree(a, b))).isNull();
    }

    private static Map<Long, Department> tree(Department... departments) {
        return Stream.of(departments).collect(Collectors.toMap(Department::getId, Function.identity()));
    }

    private static Department department(Long id, Long parentId, Integer defaultMinutes) {
        Department department = new Department(7L, parentId, "dept " + id);
        ReflectionTestUtils.setField(department, "id", id);
        ReflectionTestUtils.setField(department, "defaultMonthlyMinutes", defaultMinutes);
        return department;
    }

    private static Employee employee(Long departmentId, Integer ownMinutes) {
        Employee employee = new Employee(7L, departmentId, "张三", "13800138000", true);
        ReflectionTestUtils.setField(employee, "monthlyMinutes", ownMinutes);
        return employee;
    }
}
