package com.zongji.engine.permission;

import com.zongji.engine.org.Department;
import com.zongji.engine.org.Employee;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds an employee's monthly minutes: the employee's own quota when the admin set one; otherwise the
 * default of the employee's department, or of the nearest department above it that sets one;
 * otherwise unlimited.
 */
public final class QuotaResolver {

    private QuotaResolver() {
    }

    /**
     * @param departments the enterprise's departments by id
     * @return the monthly minutes, or null when the employee's calls are not limited by minutes
     */
    public static Integer monthlyMinutes(Employee employee, Map<Long, Department> departments) {
        if (employee.getMonthlyMinutes() != null) {
            return employee.getMonthlyMinutes();
        }
        Set<Long> visited = new HashSet<>();
        Department department = departments.get(employee.getDepartmentId());
        // The visited set stops at a loop in a damaged tree instead of walking it forever.
        while (department != null && visited.add(department.getId())) {
            if (department.getDefaultMonthlyMinutes() != null) {
                return department.getDefaultMonthlyMinutes();
            }
            department = department.getParentId() == null ? null : departments.get(department.getParentId());
        }
        return null;
    }
}
