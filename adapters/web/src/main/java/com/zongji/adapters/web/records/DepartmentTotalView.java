package com.zongji.adapters.web.records;

import com.zongji.engine.records.DepartmentTotal;

/** A department's calls, minutes and cost with its sub-departments' included. */
record DepartmentTotalView(long departmentId, Long parentId, String name, int depth, long calls, long billedMinutes,
        long costThousandths, String costYuan) {

    static DepartmentTotalView of(DepartmentTotal total) {
        return new DepartmentTotalView(total.departmentId(), total.parentId(), total.name(), total.depth(),
                total.totals().calls(), total.totals().billedMinutes(), total.totals().cost().thousandths(),
                total.totals().cost().toYuanString());
    }
}
