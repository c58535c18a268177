package com.zongji.engine.records;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which CDRs a report shows: calls of one enterprise started on the Beijing-time calendar days
 * {@code from}..{@code to} (both included), optionally of a department and its sub-departments, of one
 * employee, of one callee identity, marked personal or not. {@code viewer} narrows an employee's report to
 * their own calls; it is null for an admin, who sees the whole enterprise.
 */
public record CdrFilter(long enterpriseId, LocalDate from, LocalDate to, Long departmentId, Long employeeId,
                        CalleeIdentity identity, Boolean personal, Long viewer) {

    public CdrFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("请指定起止日期 from 和 to / give the days from and to");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("起始日期 " + from + " 晚于结束日期 " + to + " / from is after to");
        }
    }

    /** The first instant of the {@code from} day in Beijing time. */
    public Instant startsAt() {
        return from.atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }

    /** The first instant after the {@code to} day in Beijing time. */
    public Instant endsBefore() {
        return to.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }
}
