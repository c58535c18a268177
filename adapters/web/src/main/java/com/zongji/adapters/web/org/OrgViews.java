package com.zongji.adapters.web.org;

import com.zongji.engine.org.Department;
import com.zongji.engine.org.Employee;
import java.util.List;
import org.mapstruct.Mapper;

/** What the API shows of the org tree and its people. */
@Mapper(componentModel = "spring")
interface OrgViews {

    record DepartmentView(Long id, Long parentId, String name) {
    }

    record EmployeeView(Long id, Long departmentId, String name, String mobile, boolean activated, String extension) {
    }

    DepartmentView department(Department department);

    List<DepartmentView> departments(List<Department> departments);

    EmployeeView employee(Employee employee);

    List<EmployeeView> employees(List<Employee> employees);
}
