package com.zongji.web;

import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * The objects the matrix names, one in each tenant: enterprise A (the demo 武汉 enterprise of admin and liuli) and
 * enterprise B (admin-b's). Existing demo people and departments are only read; a call, a contact and a receipt
 * are added to each enterprise and removed again by {@link #remove()}, so the demo data stays as other tests
 * expect it.
 */
final class IsolationFixtures {

    /** Far in the past, so no month's quota, recent-call list or report of another test sees these calls. */
    private static final Instant LONG_AGO = Instant.parse("2020-01-06T02:00:00Z");

    private final JdbcTemplate jdbc;
    private final ExternalContactRepository contacts;
    private final Map<String, Long> own = new HashMap<>();
    private final Map<String, Long> other = new HashMap<>();
    private final Map<String, String> receipts = new HashMap<>();
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    IsolationFixtures(ApplicationContext context) {
        jdbc = context.getBean(JdbcTemplate.class);
        contacts = context.getBean(ExternalContactRepository.class);
        UserAccountRepository users = context.getBean(UserAccountRepository.class);
        long a = users.findById("admin").orElseThrow().getEnterpriseId();
        long b = users.findById("admin-b").orElseThrow().getEnterpriseId();
        long liuLi = users.findById("liuli").orElseThrow().getEmployeeId();
        EmployeeRepository employees = context.getBean(EmployeeRepository.class);
        Employee sunYue = employees.findByEnterpriseIdOrderById(b).get(0);
        long zhaoMin = employees.findByEnterpriseIdOrderById(a).stream().filter(e -> !e.isActivated()).findFirst().orElseThrow().getId();
        DepartmentRepository departments = context.getBean(DepartmentRepository.class);

        own.put("employee", liuLi);
        other.put("employee", sunYue.getId());
        own.put("inactiveEmployee", zhaoMin);
        other.put("inactiveEmployee", sunYue.getId());
        own.put("department", departments.findByEnterpriseIdOrderById(a).get(1).getId());
        other.put("department", departments.findByEnterpriseIdOrderById(b).get(0).getId());
        String ownNumber = "137999" + "%05d".formatted(System.nanoTime() % 100_000);
        String otherNumber = "136999" + "%05d".formatted(System.nanoTime() % 100_000);
        own.put("contact", contacts.save(new ExternalContact(a, "隔离测试", "隔离测试公司", ownNumber, liuLi)).getId());
        other.put("contact", contacts.save(new ExternalContact(b, "隔离测试", "隔离测试公司", otherNumber, sunYue.getId())).getId());
        own.put("call", call(a, liuLi, ownNumber));
        other.put("call", call(b, sunYue.getId(), otherNumber));
        receipts.put("own", receipt(a, "A"));
        receipts.put("other", receipt(b, "B"));
    }

    /** The value of a fixture kind in the caller's own tenant or the other one. */
    String value(String kind, boolean otherTenant) {
        if (kind.equals("receipt")) {
            return receipts.get(otherTenant ? "other" : "own");
        }
        Long id = (otherTenant ? other : own).get(kind);
        if (id == null) {
            throw new IllegalArgumentException("endpoints.csv names an unknown fixture kind @" + kind);
        }
        return id.toString();
    }

    void remove() {
        for (Map<String, Long> tenant : List.of(own, other)) {
            jdbc.update("delete from call_record where id = ?", tenant.get("call"));
            jdbc.update("delete from contact_note where contact_id = ?", tenant.get("contact"));
            contacts.deleteById(tenant.get("contact"));
        }
        for (String number : receipts.values()) {
            String order = jdbc.queryForObject("select order_number from receipt where receipt_number = ?", String.class, number);
            jdbc.update("delete from receipt where receipt_number = ?", number);
            jdbc.update("delete from recharge_order where order_number = ?", order);
        }
    }

    /** An ended outbound call from the employee to the contact's number. */
    private long call(long enterpriseId, long employeeId, String contactNumber) {
        Map<String, Object> row = new HashMap<>();
        row.put("enterprise_id", enterpriseId);
        row.put("direction", "OUTBOUND");
        row.put("status", "ENDED");
        row.put("started_at", Timestamp.from(LONG_AGO));
        row.put("ended_at", Timestamp.from(LONG_AGO.plusSeconds(70)));
        row.put("duration_seconds", 60);
        row.put("billed_minutes", 0);
        row.put("cost_thousandths", 0);
        row.put("personal", false);
        row.put("caller_employee_id", employeeId);
        row.put("caller_number", jdbc.queryForObject("select mobile from employee where id = ?", String.class, employeeId));
        row.put("callee_identity", "OTHER");
        row.put("callee_number", contactNumber);
        return insert("call_record", row).longValue();
    }

    /** A paid recharge's receipt, numbered in a year no real receipt has. */
    private String receipt(long enterpriseId, String tenant) {
        String orderNumber = "ISOLATION-" + tenant + "-" + suffix;
        String receiptNumber = "ZJ-1999-" + tenant + suffix;
        Map<String, Object> order = new HashMap<>();
        order.put("order_number", orderNumber);
        order.put("enterprise_id", enterpriseId);
        order.put("amount_thousandths", 100_000L);
        order.put("bonus_thousandths", 0L);
        order.put("status", "PAID");
        order.put("created_at", Timestamp.from(LONG_AGO));
        order.put("paid_at", Timestamp.from(LONG_AGO));
        order.put("payment_reference", "isolation-" + suffix);
        insert("recharge_order", order);
        Map<String, Object> receipt = new HashMap<>();
        receipt.put("receipt_number", receiptNumber);
        receipt.put("enterprise_id", enterpriseId);
        receipt.put("order_number", orderNumber);
        receipt.put("amount_thousandths", 100_000L);
        receipt.put("bonus_thousandths", 0L);
        receipt.put("paid_at", Timestamp.from(LONG_AGO));
        receipt.put("payment_reference", "isolation-" + suffix);
        receipt.put("issued_at", Timestamp.from(LONG_AGO));
        insert("receipt", receipt);
        return receiptNumber;
    }

    private Number insert(String table, Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(row);
    }
}
