package com.zongji.engine.numbering;

import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's own extension edits: one employee at a time, or a whole sheet that is applied entirely or
 * not at all. Extensions stay unique in the enterprise: checked first for a message naming the holder,
 * and guaranteed by the database's {@code employee_extension_unique} constraint against concurrent edits.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ExtensionEdits {

    private final EmployeeRepository employees;

    /** @return the employee with the new extension (unchanged when it was theirs already) */
    public Employee change(long enterpriseId, long employeeId, String extension) {
        List<Employee> staff = employees.findByEnterpriseIdOrderById(enterpriseId);
        // Another enterprise's employee answers like a missing one, whatever the extension looks like.
        Employee employee = staff.stream().filter(e -> e.getId() == employeeId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("本企业没有员工 " + employeeId + " / No employee " + employeeId));
        String wanted = ExtensionFormat.checked(extension);
        if (wanted.equals(employee.getExtension())) {
            return employee;
        }
        staff.stream().filter(holder -> wanted.equals(holder.getExtension())).findFirst().ifPresent(holder -> {
            throw ExtensionTaken.heldBy(wanted, holder);
        });
        employee.changeExtension(wanted);
        written(List.of(employee));
        return employee;
    }

    /**
     * Checks every row before writing anything; one bad row refuses the whole import.
     *
     * @throws ExtensionImportRejected naming each bad row and its reason
     */
    public ExtensionImportResult importRows(long enterpriseId, List<ExtensionRow> rows) {
        if (rows.isEmpty()) {
            throw new ExtensionImportRejected("文件中没有员工行 / The file has no employee rows");
        }
        List<Employee> staff = employees.findByEnterpriseIdOrderById(enterpriseId);
        ExtensionImportPlan plan = ExtensionImportPlan.of(staff, rows);
        if (!plan.applicable()) {
            throw ExtensionImportRejected.rows(plan.problems());
        }
        Map<Long, Employee> byId = staff.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        List<Employee> changed = plan.changes().stream().map(change -> byId.get(change.employeeId())).toList();
        changed.forEach(Employee::releaseExtension);
        written(changed);
        plan.changes().forEach(change -> byId.get(change.employeeId()).changeExtension(change.to()));
        written(changed);
        return new ExtensionImportResult(rows.size(), plan.changes());
    }

    private void written(List<Employee> changed) {
        try {
            employees.saveAllAndFlush(changed);
        } catch (DataIntegrityViolationException e) {
            throw ExtensionTaken.meanwhile();
        }
    }
}
