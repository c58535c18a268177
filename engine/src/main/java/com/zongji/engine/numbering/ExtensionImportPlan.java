package com.zongji.engine.numbering;

import com.zongji.engine.org.Employee;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every row of an import against the enterprise's employees as they are, before anything is
 * written. The extensions after the import are those of the file for the employees it names and the
 * current ones for everybody else; they must stay unique, so employees named in the file may swap
 * extensions among themselves. A blank extension leaves an employee without one as they are; it cannot
 * take an extension away.
 */
final class ExtensionImportPlan {

    private final List<ExtensionRowProblem> problems = new ArrayList<>();
    private final List<ExtensionChange> changes = new ArrayList<>();

    private ExtensionImportPlan() {
    }

    static ExtensionImportPlan of(List<Employee> staff, List<ExtensionRow> rows) {
        ExtensionImportPlan plan = new ExtensionImportPlan();
        plan.check(staff, rows);
        return plan;
    }

    boolean applicable() {
        return problems.isEmpty();
    }

    /** Each bad row's reason, in row order. */
    List<ExtensionRowProblem> problems() {
        return problems;
    }

    /** The extensions the import changes, in row order; meaningful only when the plan is applicable. */
    List<ExtensionChange> changes() {
        return changes;
    }

    private record Wanted(int row, Employee employee, String extension) {
    }

    private void check(List<Employee> staff, List<ExtensionRow> rows) {
        Map<Long, Employee> byId = staff.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        Map<String, Employee> holders = staff.stream().filter(Employee::hasExtension)
                .collect(Collectors.toMap(Employee::getExtension, Function.identity()));
        Map<Long, Integer> rowOfEmployee = new HashMap<>();
        Map<String, Integer> rowOfExtension = new HashMap<>();
        List<Wanted> wanted = new ArrayList<>();

        for (ExtensionRow row : rows) {
            Optional<Employee> employee = employee(row, byId);
            if (employee.isEmpty()) {
                continue;
            }
            Integer earlier = rowOfEmployee.putIfAbsent(employee.get().getId(), row.row());
            if (earlier != null) {
                problem(row, "员工" + employee.get().getName() + "（员工ID " + employee.get().getId() + "）已在第 " + earlier
                        + " 行出现，每名员工只能有一行 / Employee " + employee.get().getId() + " is already on row " + earlier);
                continue;
            }
            extension(row, employee.get(), rowOfExtension).ifPresent(extension ->
                    wanted.add(new Wanted(row.row(), employee.get(), extension)));
        }

        for (Wanted want : wanted) {
            Employee holder = holders.get(want.extension());
            if (holder != null && !holder.getId().equals(want.employee().getId()) && !rowOfEmployee.containsKey(holder.getId())) {
                problems.add(new ExtensionRowProblem(want.row(), "分机号 " + want.extension() + " 已属于" + holder.getName()
                        + "（员工ID " + holder.getId() + "），该员工不在文件中，分机号不能重复 / Extension " + want.extension()
                        + " belongs to employee " + holder.getId() + ", who is not in the file"));
            } else if (!want.extension().equals(want.employee().getExtension())) {
                changes.add(new ExtensionChange(want.employee().getId(), want.employee().getName(),
                        want.employee().getExtension(), want.extension()));
            }
        }
        problems.sort(Comparator.comparingInt(ExtensionRowProblem::row));
    }

    private Optional<Employee> employee(ExtensionRow row, Map<Long, Employee> byId) {
        String id = row.employeeId() == null ? "" : row.employeeId().strip();
        if (id.isEmpty()) {
            problem(row, "缺少员工ID / The employee id is missing");
            return Optional.empty();
        }
        if (!id.chars().allMatch(c -> c >= '0' && c <= '9') || id.length() > 18) {
            problem(row, "员工ID「" + id + "」不是数字 / Employee id \"" + id + "\" is not a number");
            return Optional.empty();
        }
        Employee employee = byId.get(Long.parseLong(id));
        if (employee == null) {
            problem(row, "本企业没有员工ID为 " + id + " 的员工 / No employee " + id + " in this enterprise");
        }
        return Optional.ofNullable(employee);
    }

    /** The row's extension when it is one the employee can have, or empty (a blank kept as blank, or a problem). */
    private Optional<String> extension(ExtensionRow row, Employee employee, Map<String, Integer> rowOfExtension) {
        if (row.extension() == null || row.extension().isBlank()) {
            if (employee.hasExtension()) {
                problem(row, "分机号为空：" + employee.getName() + "现有分机号 " + employee.getExtension() + "，导入不能清除分机号，"
                        + "保留请填写原号 / The extension is blank; an import cannot take extension " + employee.getExtension()
                        + " away, write it to keep it");
            }
            return Optional.empty();
        }
        Optional<String> malformed = ExtensionFormat.problem(row.extension());
        if (malformed.isPresent()) {
            problem(row, malformed.get());
            return Optional.empty();
        }
        String extension = row.extension().strip();
        Integer earlier = rowOfExtension.putIfAbsent(extension, row.row());
        if (earlier != null) {
            problem(row, "分机号 " + extension + " 与第 " + earlier + " 行重复 / Extension " + extension + " is also on row " + earlier);
            return Optional.empty();
        }
        return Optional.of(extension);
    }

    private void problem(ExtensionRow row, String message) {
        problems.add(new ExtensionRowProblem(row.row(), message));
    }
}
