package com.zongji.records;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A test enterprise of its own, so that no other test's calls enter its reports:
 * 总部 → 销售中心 → 华中组 and 总部 → 研发部, with 张三 in 华中组, 李四 in 销售中心, 王五 in 研发部, the
 * external contact 孙先生 of 江城贸易, and logins for its admin, 张三 and 李四 (password = login).
 * CDRs are inserted as rows, with the times, durations and costs a test needs.
 */
final class CdrFixture {

    private static final AtomicInteger ENTERPRISES = new AtomicInteger();

    final long enterpriseId;
    final long headOffice;
    final long salesCentre;
    final long central;
    final long research;
    final long zhangSan;
    final long liSi;
    final long wangWu;
    final long contact;
    final String admin;
    final String zhangSanLogin;
    final String liSiLogin;

    private final JdbcTemplate jdbc;

    CdrFixture(ApplicationContext context) {
        jdbc = context.getBean(JdbcTemplate.class);
        DepartmentRepository departments = context.getBean(DepartmentRepository.class);
        EmployeeRepository employees = context.getBean(EmployeeRepository.class);
        String suffix = System.nanoTime() % 1_000_000 + "-" + ENTERPRISES.incrementAndGet();
        enterpriseId = context.getBean(EnterpriseRepository.class).save(new Enterprise("记录测试科技有限公司" + suffix, "湖北", "武汉",
                OrganizationType.COMPANY, LocalDate.of(2020, 1, 1))).getId();
        headOffice = departments.save(new Department(enterpriseId, null, "总部")).getId();
        salesCentre = departments.save(new Department(enterpriseId, headOffice, "销售中心")).getId();
        central = departments.save(new Department(enterpriseId, salesCentre, "华中组")).getId();
        research = departments.save(new Department(enterpriseId, headOffice, "研发部")).getId();
        zhangSan = employees.save(new Employee(enterpriseId, central, "张三", "13100000001", true)).getId();
        liSi = employees.save(new Employee(enterpriseId, salesCentre, "李四", "13100000002", true)).getId();
        wangWu = employees.save(new Employee(enterpriseId, research, "王五", "13100000003", true)).getId();
        contact = context.getBean(ExternalContactRepository.class)
                .save(new ExternalContact(enterpriseId, "孙先生", "江城贸易", "13700000009", null)).getId();
        UserAccountRepository users = context.getBean(UserAccountRepository.class);
        PasswordEncoder passwords = context.getBean(PasswordEncoder.class);
        admin = login(users, passwords, "cdr-admin-" + suffix, Role.ENTERPRISE_ADMIN, null);
        zhangSanLogin = login(users, passwords, "cdr-zhangsan-" + suffix, Role.EMPLOYEE, zhangSan);
        liSiLogin = login(users, passwords, "cdr-lisi-" + suffix, Role.EMPLOYEE, liSi);
    }

    /** An ended outbound call of {@code employee} to a colleague, a contact or another number. */
    long outbound(long employee, Instant startedAt, CalleeIdentity identity, Long calleeId, int seconds, int minutes,
            long costThousandths) {
        Map<String, Object> row = ended(CallDirection.OUTBOUND, startedAt, seconds, minutes, costThousandths);
        row.put("caller_employee_id", employee);
        row.put("caller_number", jdbc.queryForObject("select mobile from employee where id = ?", String.class, employee));
        row.put("callee_identity", identity.name());
        row.put("callee_employee_id", identity == CalleeIdentity.COLLEAGUE ? calleeId : null);
        row.put("callee_contact_id", identity == CalleeIdentity.EXTERNAL_CONTACT ? calleeId : null);
        row.put("callee_number", switch (identity) {
            case COLLEAGUE -> jdbc.queryForObject("select mobile from employee where id = ?", String.class, calleeId);
            case EXTERNAL_CONTACT -> "13700000009";
            case OTHER -> "13800138000";
        });
        return insert(row);
    }

    /** An outside caller's call that reached no employee. */
    long unansweredInbound(Instant startedAt) {
        Map<String, Object> row = ended(CallDirection.INBOUND, startedAt, 0, 0, 0);
        row.put("status", CallStatus.MISSED.name());
        row.put("caller_number", "13900000000");
        row.put("callee_number", "02787650000");
        row.put("callee_identity", CalleeIdentity.COLLEAGUE.name());
        return insert(row);
    }

    /** A call of {@code employee} still connected. */
    long live(long employee, Instant startedAt) {
        long id = outbound(employee, startedAt, CalleeIdentity.OTHER, null, 0, 0, 0);
        jdbc.update("update call_record set status = ?, ended_at = null where id = ?", CallStatus.BRIDGED.name(), id);
        return id;
    }

    void markPersonal(long callId) {
        jdbc.update("update call_record set personal = true where id = ?", callId);
    }

    private Map<String, Object> ended(CallDirection direction, Instant startedAt, int seconds, int minutes, long cost) {
        Map<String, Object> row = new HashMap<>();
        row.put("enterprise_id", enterpriseId);
        row.put("direction", direction.name());
        row.put("status", CallStatus.ENDED.name());
        row.put("started_at", Timestamp.from(startedAt));
        row.put("ended_at", Timestamp.from(startedAt.plusSeconds(seconds + 10L)));
        row.put("duration_seconds", seconds);
        row.put("billed_minutes", minutes);
        row.put("cost_thousandths", cost);
        row.put("personal", false);
        return row;
    }

    private long insert(Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName("call_record").usingColumns(row.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
    }

    private String login(UserAccountRepository users, PasswordEncoder passwords, String username, Role role, Long employeeId) {
        return users.save(new UserAccount(username, passwords.encode(username), role, enterpriseId, employeeId)).getUsername();
    }
}
