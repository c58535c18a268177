package com.zongji.engine.org;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an enterprise's org tree and people; every query is scoped to one enterprise. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class OrgDirectory {

    private final DepartmentRepository departments;
    private final EmployeeRepository employees;

    public List<Department> departments(long enterpriseId) {
        return departments.findByEnterpriseIdOrderById(enterpriseId);
    }

    public List<Employee> employees(long enterpriseId) {
        return employees.findByEnterpriseIdOrderById(enterpriseId);
    }

    public Optional<Employee> employee(long enterpriseId, long employeeId) {
        return employees.findByIdAndEnterpriseId(employeeId, enterpriseId);
    }
}
