package com.zongji.engine.records;

import com.zongji.engine.billing.Money;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The CDR report: ended calls with both parties resolved to department and name (a colleague) or company
 * and name (an external contact), and the department totals rolled up the org tree.
 * A call belongs to its employee: the caller of an outbound call, the employee an inbound call was put
 * through to; the departments are the employees' current ones.
 * Rows are read in keyset pages of (start, id), so however many a report has, only one page is in memory.
 */
@Service
@RequiredArgsConstructor
public class CdrReports {

    /** Rows per database round trip while exporting. */
    static final int EXPORT_PAGE = 2_000;
    public static final int MAX_PAGE = 1_000;

    private static final String OWNER = "coalesce(c.caller_employee_id, c.callee_employee_id)";
    private static final String OWNER_DEPARTMENT = "coalesce(ce.department_id, ee.department_id)";
    private static final List<String> ENDED = Arrays.stream(CallStatus.values())
            .filter(status -> !status.isOpen()).map(Enum::name).toList();

    private static final String ROWS = """
            select c.id, c.started_at, c.caller_number, c.callee_number, c.callee_identity, c.duration_seconds,
                   c.billed_minutes, c.cost_thousandths, c.personal, c.note,
                   cd.name as caller_department, ce.name as caller_name,
                   ed.name as callee_department, ee.name as callee_name,
                   x.company as contact_company, x.name as contact_name
            from call_record c
            left join employee ce on ce.id = c.caller_employee_id
            left join department cd on cd.id = ce.department_id
            left join employee ee on ee.id = c.callee_employee_id
            left join department ed on ed.id = ee.department_id
            left join external_contact x on x.id = c.callee_contact_id
            """;

    private static final String TOTALS_OF_CALLS = """
            count(*) as calls, coalesce(sum(c.billed_minutes), 0) as minutes, coalesce(sum(c.cost_thousandths), 0) as cost
            from call_record c
            left join employee ce on ce.id = c.caller_employee_id
            left join employee ee on ee.id = c.callee_employee_id
            """;
    private static final String TOTALS = "select " + OWNER_DEPARTMENT + " as department_id, " + TOTALS_OF_CALLS;
    /** The Beijing day's year, month and day; the fields of the zoned value are Beijing's in H2 and PostgreSQL alike. */
    private static final List<String> BEIJING_DAY = List.of("year", "month", "day").stream()
            .map(field -> "extract(" + field + " from (c.started_at at time zone '" + ShanghaiTime.ZONE.getId() + "'))")
            .toList();
    private static final String DAILY_TOTALS = "select " + BEIJING_DAY.get(0) + " as y, " + BEIJING_DAY.get(1) + " as m, "
            + BEIJING_DAY.get(2) + " as d, " + OWNER_DEPARTMENT + " as department_id, " + TOTALS_OF_CALLS;

    private final NamedParameterJdbcTemplate jdbc;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;

    /** Up to {@code limit} rows after {@code after} (from the start when null). */
    public CdrPage page(CdrFilter filter, CdrCursor after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("每页 1 到 " + MAX_PAGE + " 条 / limit must be 1.." + MAX_PAGE);
        }
        Where where = where(filter);
        List<CdrRow> rows = rows(where, after, limit + 1);
        boolean more = rows.size() > limit;
        List<CdrRow> shown = more ? rows.subList(0, limit) : rows;
        return new CdrPage(List.copyOf(shown), more ? CdrCursor.after(shown.get(limit - 1)) : null);
    }

    /** Every row of the report in order, one page at a time; the consumer sees each row once. */
    public long forEach(CdrFilter filter, Consumer<CdrRow> consumer) {
        Where where = where(filter);
        long count = 0;
        CdrCursor after = null;
        List<CdrRow> page;
        do {
            page = rows(where, after, EXPORT_PAGE);
            page.forEach(consumer);
            count += page.size();
            after = page.isEmpty() ? after : CdrCursor.after(page.get(page.size() - 1));
        } while (page.size() == EXPORT_PAGE);
        return count;
    }

    /** One call of the enterprise as the report shows it, whoever it belongs to. */
    public Optional<CdrRow> row(long enterpriseId, long callId) {
        return jdbc.query(ROWS + " where c.enterprise_id = :enterprise and c.id = :id",
                new MapSqlParameterSource("enterprise", enterpriseId).addValue("id", callId), (rs, n) -> row(rs)).stream().findFirst();
    }

    /** The department totals of the report's calls; under a department filter, that department's subtree. */
    public List<DepartmentTotal> departmentTotals(CdrFilter filter) {
        DepartmentTree tree = tree(filter.enterpriseId());
        Where where = where(filter, tree);
        Map<Long, CallTotals> own = new HashMap<>();
        jdbc.query(TOTALS + where.sql() + " group by " + OWNER_DEPARTMENT, where.parameters(),
                (RowCallbackHandler) rs -> own.put(department(rs), totals(rs)));
        return tree.rollUp(own, top(filter, tree));
    }

    /**
     * The department totals of each Beijing day of the report, as {@link #departmentTotals} gives them for that
     * day alone, for every day from the first to the last (days without calls too), in order; one query for all.
     */
    public Map<LocalDate, List<DepartmentTotal>> dailyDepartmentTotals(CdrFilter filter) {
        DepartmentTree tree = tree(filter.enterpriseId());
        Where where = where(filter, tree);
        Map<LocalDate, Map<Long, CallTotals>> own = new HashMap<>();
        jdbc.query(DAILY_TOTALS + where.sql() + " group by " + String.join(", ", BEIJING_DAY) + ", " + OWNER_DEPARTMENT,
                where.parameters(), (ResultSet rs) -> {
                    LocalDate day = LocalDate.of(rs.getInt("y"), rs.getInt("m"), rs.getInt("d"));
                    own.computeIfAbsent(day, none -> new HashMap<>()).put(department(rs), totals(rs));
                });
        Long top = top(filter, tree);
        Map<LocalDate, List<DepartmentTotal>> daily = new LinkedHashMap<>();
        filter.from().datesUntil(filter.to().plusDays(1))
                .forEach(day -> daily.put(day, tree.rollUp(own.getOrDefault(day, Map.of()), top)));
        return daily;
    }

    private static Long top(CdrFilter filter, DepartmentTree tree) {
        return filter.departmentId() == null || tree.isRoot(filter.departmentId()) ? null : filter.departmentId();
    }

    private static Long department(ResultSet rs) throws SQLException {
        long department = rs.getLong("department_id");
        return rs.wasNull() ? null : department;
    }

    private static CallTotals totals(ResultSet rs) throws SQLException {
        return new CallTotals(rs.getLong("calls"), rs.getLong("minutes"), Money.ofThousandths(rs.getLong("cost")));
    }

    private List<CdrRow> rows(Where where, CdrCursor after, int limit) {
        StringBuilder sql = new StringBuilder(ROWS).append(where.sql());
        MapSqlParameterSource parameters = new MapSqlParameterSource(where.parameters().getValues());
        if (after != null) {
            // The >= bound lets the index seek straight to the cursor instead of scanning from the first day.
            sql.append(" and c.started_at >= :afterAt and (c.started_at > :afterAt or c.id > :afterId)");
            parameters.addValue("afterAt", utc(after.startedAt())).addValue("afterId", after.id());
        }
        // In the index's own column order, so the database reads the index in order and stops at the limit.
        sql.append(" order by c.enterprise_id, c.started_at, c.id limit :limit");
        parameters.addValue("limit", limit);
        return jdbc.query(sql.toString(), parameters, (rs, n) -> row(rs));
    }

    private Where where(CdrFilter filter) {
        return where(filter, filter.departmentId() == null ? null : tree(filter.enterpriseId()));
    }

    private Where where(CdrFilter filter, DepartmentTree tree) {
        // Another enterprise's employee is answered like a missing one, as a department of another enterprise is.
        if (filter.employeeId() != null && employees.findByIdAndEnterpriseId(filter.employeeId(), filter.enterpriseId()).isEmpty()) {
            throw new NoSuchElementException("没有员工 " + filter.employeeId() + " (no such employee)");
        }
        StringBuilder sql = new StringBuilder(
                " where c.enterprise_id = :enterprise and c.started_at >= :from and c.started_at < :to and c.status in (:ended)");
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("enterprise", filter.enterpriseId())
                .addValue("from", utc(filter.startsAt()))
                .addValue("to", utc(filter.endsBefore()))
                .addValue("ended", ENDED);
        // The root department is the whole enterprise, calls of no employee included.
        if (filter.departmentId() != null && !tree.isRoot(filter.departmentId())) {
            sql.append(" and ").append(OWNER_DEPARTMENT).append(" in (:departments)");
            parameters.addValue("departments", tree.subtreeOf(filter.departmentId()));
        }
        if (filter.employeeId() != null) {
            sql.append(" and ").append(OWNER).append(" = :employee");
            parameters.addValue("employee", filter.employeeId());
        }
        if (filter.viewer() != null) {
            sql.append(" and ").append(OWNER).append(" = :viewer");
            parameters.addValue("viewer", filter.viewer());
        }
        if (filter.identity() != null) {
            sql.append(" and c.callee_identity = :identity");
            parameters.addValue("identity", filter.identity().name());
        }
        if (filter.personal() != null) {
            sql.append(" and c.personal = :personal");
            parameters.addValue("personal", filter.personal());
        }
        return new Where(sql.toString(), parameters);
    }

    private DepartmentTree tree(long enterpriseId) {
        return new DepartmentTree(departments.findByEnterpriseIdOrderById(enterpriseId));
    }

    private static CdrRow row(ResultSet rs) throws SQLException {
        String identity = rs.getString("callee_identity");
        String contactName = rs.getString("contact_name");
        CdrParty callee = contactName != null
                ? new CdrParty(rs.getString("contact_company"), contactName, rs.getString("callee_number"))
                : new CdrParty(rs.getString("callee_department"), rs.getString("callee_name"), rs.getString("callee_number"));
        return new CdrRow(rs.getLong("id"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                new CdrParty(rs.getString("caller_department"), rs.getString("caller_name"), rs.getString("caller_number")),
                callee,
                identity == null ? null : CalleeIdentity.valueOf(identity),
                rs.getInt("duration_seconds"),
                rs.getInt("billed_minutes"),
                Money.ofThousandths(rs.getLong("cost_thousandths")),
                rs.getBoolean("personal"),
                rs.getString("note"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Where(String sql, MapSqlParameterSource parameters) {
    }
}
