package com.zongji.engine.records;

/**
 * A department's calls with those of all its sub-departments rolled up into it; {@code depth} 0 is the
 * enterprise's root department, whose totals are the enterprise's.
 */
public record DepartmentTotal(long departmentId, Long parentId, String name, int depth, CallTotals totals) {
}
