package com.zongji.onboarding;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.onboarding.ApplicationForm;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enterprises still to apply, each with two activated employees and one not activated, and an admin login. */
@Component
@RequiredArgsConstructor
class OnboardingFixtures {

    static final LocalDate CERTIFIED_LATELY = LocalDate.of(2019, 3, 1);
    static final LocalDate CERTIFIED_EARLY = LocalDate.of(2015, 6, 1);
    static final String PASSWORD = "secret";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final EnterpriseRepository enterprises;
    private final DepartmentRepository departments;
    private final EmployeeRepository employees;
    private final UserAccountRepository users;
    private final OfficeNumberRepository numbers;

    /** @return the enterprise id; its admin signs in as {@code applicant-<id>} with {@link #PASSWORD} */
    @Transactional
    long applyingEnterprise(String city) {
        int n = SEQUENCE.incrementAndGet();
        Enterprise enterprise = enterprises.save(new Enterprise("待开通测试企业" + n, "湖北", city, OrganizationType.COMPANY,
                CERTIFIED_LATELY));
        long id = enterprise.getId();
        Department root = departments.save(new Department(id, null, "总部"));
        employees.save(new Employee(id, root.getId(), "甲" + n, "1860000%04d".formatted(n * 3), true));
        employees.save(new Employee(id, root.getId(), "乙" + n, "1860000%04d".formatted(n * 3 + 1), true));
        employees.save(new Employee(id, root.getId(), "丙" + n, "1860000%04d".formatted(n * 3 + 2), false));
        users.save(new UserAccount(admin(id), "{noop}" + PASSWORD, Role.ENTERPRISE_ADMIN, id, null));
        return id;
    }

    static String admin(long enterpriseId) {
        return "applicant-" + enterpriseId;
    }

    static ApplicationForm wuhanCompany() {
        return new ApplicationForm(OrganizationType.COMPANY, "湖北", "武汉", CERTIFIED_LATELY, "武汉市洪山区珞喻路1号",
                null, null);
    }

    @Transactional(readOnly = true)
    String aFreeNumberIn(String city) {
        return numbers.findAll().stream()
                .filter(number -> number.getStatus() == NumberStatus.FREE && number.getCity().equals(city))
                .map(OfficeNumber::getNumber)
                .findFirst().orElseThrow();
    }
}
