package com.zongji.engine.permission;

import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's quota settings (department defaults, personal overrides) and what they add up to per employee. */
@Service
@RequiredArgsConstructor
@Transactional
public class Quotas {

    /** What an employee's quota is and where it comes from; {@code monthlyMinutes} null means unlimited. */
    public record EmployeeQuota(long employeeId, Integer ownMinutes, Integer monthlyMinutes) {
    }

    /** A department's default monthly minutes for its employees without their own; null: none set here. */
    public record DepartmentQuota(long departmentId, Integer defaultMinutes) {
    }

    /** The minutes billed to an employee's calls in a Beijing-time month, as they count against the quota. */
    public record MonthUsage(YearMonth month, long billedMinutes) {
    }

    public record Overview(List<DepartmentQuota> departments, List<EmployeeQuota> employees) {
    }

    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final CallRecordRepository calls;
    private final Clock clock;

    public void setDepartmentDefault(long enterpriseId, long departmentId, Integer minutes) {
        departments.findById(departmentId)
                .filter(d -> d.getEnterpriseId() == enterpriseId)
                .orElseThrow(() -> new NoSuchElementException("No department " + departmentId))
                .changeDefaultMonthlyMinutes(minutes);
    }

    public EmployeeQuota setEmployeeQuota(long enterpriseId, long employeeId, Integer minutes) {
        employee(enterpriseId, employeeId).changeMonthlyMinutes(minutes);
        return quotaOf(enterpriseId, employeeId);
    }

    @Transactional(readOnly = true)
    public EmployeeQuota quotaOf(long enterpriseId, long employeeId) {
        Employee employee = employee(enterpriseId, employeeId);
        Map<Long, Department> tree = departments.findByEnterpriseIdOrderById(enterpriseId).stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        return new EmployeeQuota(employeeId, employee.getMonthlyMinutes(), QuotaResolver.monthlyMinutes(employee, tree));
    }

    /** The minutes billed so far this Beijing-time month to the employee's own outbound calls. */
    @Transactional(readOnly = true)
    public MonthUsage usageThisMonth(long employeeId) {
        ZonedDateTime monthStart = ShanghaiTime.of(clock.instant()).withDayOfMonth(1).toLocalDate().atStartOfDay(ShanghaiTime.ZONE);
        return new MonthUsage(YearMonth.from(monthStart),
                calls.billedMinutes(employeeId, monthStart.toInstant(), monthStart.plusMonths(1).toInstant()));
    }

    /** Every department's own default and every employee's quota, for the admin's overview. */
    @Transactional(readOnly = true)
    public Overview overview(long enterpriseId) {
        List<Department> all = departments.findByEnterpriseIdOrderById(enterpriseId);
        Map<Long, Department> tree = all.stream().collect(Collectors.toMap(Department::getId, Function.identity()));
        return new Overview(
                all.stream().map(d -> new DepartmentQuota(d.getId(), d.getDefaultMonthlyMinutes())).toList(),
                employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                        .map(e -> new EmployeeQuota(e.getId(), e.getMonthlyMinutes(), QuotaResolver.monthlyMinutes(e, tree)))
                        .toList());
    }

    private Employee employee(long enterpriseId, long employeeId) {
        return employees.findByIdAndEnterpriseId(employeeId, enterpriseId)
                .orElseThrow(() -> new NoSuchElementException("No employee " + employeeId));
    }
}
