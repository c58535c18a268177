package com.zongji.demo;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.billing.LedgerEntryKind;
import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.PrepaidAccount;
import com.zongji.engine.billing.PrepaidAccountRepository;
import com.zongji.engine.billing.PrepaidLedger;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.AllocatingExtensions;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds three demo enterprises (two open, the first with the brief's departments 音视频 and 权益与拉新;
 * one still to apply), number pools and the demo logins, once: a database that already has the demo admin
 * is left as it is.
 */
@Slf4j
@Component
@RequiredArgsConstructor
@ConditionalOnProperty(name = "zongji.demo.enabled", havingValue = "true")
public class DemoTenant implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin";
    /** Enough for the demo enterprise to place calls at once (about 1 000 minutes). */
    private static final Money DEMO_OPENING_BALANCE = Money.ofYuan("100");

    private final EnterpriseRepository enterprises;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final OfficeNumberRepository numbers;
    private final ExternalContactRepository contacts;
    private final PrepaidAccountRepository accounts;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final AllocatingExtensions extensions;
    private final PrepaidLedger ledger;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsById(DEMO_ADMIN)) {
            return;
        }
        seedNumberPools();
        seedWuhanDemo();
        seedBeijingDemo();
        seedApplyingDemo();
        user("reviewer", Role.PLATFORM_REVIEWER, null, null);
        user("analyst", Role.ANALYST, null, null);
        log.info("Demo tenant seeded: logins admin, liuli, admin-b, admin-c, reviewer, analyst (password = login)");
    }

    private void seedNumberPools() {
        for (int i = 0; i < 50; i++) {
            numbers.save(new OfficeNumber("027876543%02d".formatted(i), "湖北", "武汉"));
            numbers.save(new OfficeNumber("010888866%02d".formatted(i), "北京", "北京"));
        }
    }

    private void seedWuhanDemo() {
        Enterprise enterprise = enterprises.save(new Enterprise(
                "武汉总机演示科技有限公司", "湖北", "武汉", OrganizationType.COMPANY, LocalDate.of(2018, 3, 1)));
        long id = enterprise.getId();
        Department root = departments.save(new Department(id, null, "总机演示科技"));
        Department media = departments.save(new Department(id, root.getId(), "音视频"));
        Department growth = departments.save(new Department(id, root.getId(), "权益与拉新"));
        Department sales = departments.save(new Department(id, root.getId(), "销售部"));
        Employee liuLi = employees.save(new Employee(id, media.getId(), "刘力", "18627000001", true));
        Employee muLun = employees.save(new Employee(id, media.getId(), "穆伦", "15627000002", true));
        employees.save(new Employee(id, growth.getId(), "荣彩", "18627000003", true));
        employees.save(new Employee(id, growth.getId(), "西灵", "15627000004", true));
        Employee wangFang = employees.save(new Employee(id, sales.getId(), "王芳", "13907100005", true));
        employees.save(new Employee(id, sales.getId(), "赵敏", "13907100006", false));
        contacts.save(new ExternalContact(id, "陈先生", "楚天物流", "13807100077", wangFang.getId()));
        assignNumber("02787654321", id);
        enterprise.open();
        enterprise.assignManualService(muLun.getId());
        extensions.allocate(id);
        accounts.save(new PrepaidAccount(id));
        ledger.credit(id, DEMO_OPENING_BALANCE, LedgerEntryKind.ADJUSTMENT, "demo-opening-balance");
        user(DEMO_ADMIN, Role.ENTERPRISE_ADMIN, id, null);
        user("liuli", Role.EMPLOYEE, id, liuLi.getId());
    }

    private void seedBeijingDemo() {
        Enterprise enterprise = enterprises.save(new Enterprise(
                "北京乙方贸易有限公司", "北京", "北京", OrganizationType.COMPANY, LocalDate.of(2015, 6, 1)));
        long id = enterprise.getId();
        Department root = departments.save(new Department(id, null, "乙方贸易"));
        employees.save(new Employee(id, root.getId(), "孙悦", "13601000011", true));
        assignNumber("01088886600", id);
        enterprise.open();
        accounts.save(new PrepaidAccount(id));
        user("admin-b", Role.ENTERPRISE_ADMIN, id, null);
    }

    /** An enterprise that has not applied yet: its admin walks onboarding from the start. */
    private void seedApplyingDemo() {
        Enterprise enterprise = enterprises.save(new Enterprise(
                "武汉丙方网络科技有限公司", "湖北", "武汉", OrganizationType.COMPANY, LocalDate.of(2019, 5, 20)));
        long id = enterprise.getId();
        Department root = departments.save(new Department(id, null, "丙方网络"));
        employees.save(new Employee(id, root.getId(), "周杰", "18627000021", true));
        employees.save(new Employee(id, root.getId(), "吴倩", "18627000022", true));
        user("admin-c", Role.ENTERPRISE_ADMIN, id, null);
    }

    private void assignNumber(String number, long enterpriseId) {
        OfficeNumber officeNumber = numbers.findById(number).orElseThrow();
        officeNumber.assignTo(enterpriseId);
    }

    private void user(String username, Role role, Long enterpriseId, Long employeeId) {
        users.save(new UserAccount(username, passwords.encode(username), role, enterpriseId, employeeId));
    }
}
