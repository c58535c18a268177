package com.zongji.engine.numbering;

import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every activated employee of an enterprise who has no extension one, numbered as the enterprise's
 * activated headcount decides. Runs when the account opens, when an employee is activated and on demand.
 * Two concurrent runs for one enterprise cannot hand out a number twice: the database's
 * {@code employee_extension_unique} constraint refuses the second commit.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class AllocatingExtensions {

    private final EmployeeRepository employees;
    private final ExtensionNumberingPolicy policy;
    private final ExtensionAllocator allocator = new ExtensionAllocator();

    /** @return the extensions given in this run, in order of employee id (empty when nobody was waiting) */
    public List<ExtensionAssignment> allocate(long enterpriseId) {
        List<Employee> staff = employees.findByEnterpriseIdOrderById(enterpriseId);
        List<Employee> activated = staff.stream().filter(Employee::isActivated).toList();
        if (activated.stream().allMatch(Employee::hasExtension)) {
            return List.of();
        }
        ExtensionScheme scheme = policy.scheme(new Headcount(activated.size()));
        List<String> taken = staff.stream().filter(Employee::hasExtension).map(Employee::getExtension).toList();
        List<EmployeeExtension> waiting = activated.stream()
                .map(employee -> new EmployeeExtension(employee.getId(), employee.getExtension()))
                .toList();

        List<ExtensionAssignment> assignments = allocator.allocate(scheme, taken, waiting);
        Map<Long, Employee> byId = activated.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        List<Employee> changed = assignments.stream()
                .map(assignment -> {
                    Employee employee = byId.get(assignment.employeeId());
                    employee.assignExtension(assignment.extension());
                    return employee;
                })
                .toList();
        employees.saveAll(changed);
        return assignments;
    }
}
