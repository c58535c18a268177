package com.zongji.engine.records;

import com.zongji.engine.org.Department;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An enterprise's org tree as reports read it: a department stands for itself and everything below it,
 * and the root stands for the whole enterprise, including calls that belong to no employee.
 */
public final class DepartmentTree {

    private final Map<Long, Department> byId = new HashMap<>();
    private final Map<Long, List<Department>> children = new HashMap<>();
    private final List<Department> roots = new ArrayList<>();

    public DepartmentTree(List<Department> departments) {
        departments.forEach(department -> byId.put(department.getId(), department));
        departments.stream().sorted(Comparator.comparing(Department::getId)).forEach(department -> {
            if (department.getParentId() == null || !byId.containsKey(department.getParentId())) {
                roots.add(department);
            } else {
                children.computeIfAbsent(department.getParentId(), parent -> new ArrayList<>()).add(department);
            }
        });
    }

    /** The department and all departments below it; an id not of this enterprise is not found. */
    public Set<Long> subtreeOf(long departmentId) {
        Set<Long> ids = new LinkedHashSet<>();
        collect(department(departmentId), ids);
        return ids;
    }

    /** A root department stands for the whole enterprise. */
    public boolean isRoot(long departmentId) {
        return roots.contains(department(departmentId));
    }

    /**
     * Each department's totals with its sub-departments' added in, depth first from the root (or from
     * {@code top}). {@code own} holds the totals of the calls of each department's own employees; the
     * entry under a null key (calls of no employee) counts for the first root.
     */
    public List<DepartmentTotal> rollUp(Map<Long, CallTotals> own, Long top) {
        Map<Long, CallTotals> byDepartment = new HashMap<>();
        own.forEach((departmentId, totals) -> {
            Long counted = departmentId != null || roots.isEmpty() ? departmentId : roots.get(0).getId();
            byDepartment.merge(counted, totals, CallTotals::plus);
        });
        List<DepartmentTotal> totals = new ArrayList<>();
        List<Department> starts = top == null ? roots : List.of(department(top));
        for (Department start : starts) {
            add(start, 0, byDepartment, totals);
        }
        return totals;
    }

    private CallTotals add(Department department, int depth, Map<Long, CallTotals> own, List<DepartmentTotal> totals) {
        int at = totals.size();
        totals.add(null);
        CallTotals sum = own.getOrDefault(department.getId(), CallTotals.NONE);
        for (Department child : children.getOrDefault(department.getId(), List.of())) {
            sum = sum.plus(add(child, depth + 1, own, totals));
        }
        totals.set(at, new DepartmentTotal(department.getId(), department.getParentId(), department.getName(), depth, sum));
        return sum;
    }

    private void collect(Department department, Set<Long> ids) {
        ids.add(department.getId());
        children.getOrDefault(department.getId(), List.of()).forEach(child -> collect(child, ids));
    }

    private Department department(long departmentId) {
        Department department = byId.get(departmentId);
        if (department == null) {
            throw new NoSuchElementException("没有部门 " + departmentId + " (no such department)");
        }
        return department;
    }
}
