package com.zongji.onboarding;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.NumberPools;
import com.zongji.engine.numbering.NumberSelection;
import com.zongji.engine.numbering.NumberSelectionFlow;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.support.EngineIT;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Enterprises, admins and number pools made for one test, and number-selection instances started for them. */
abstract class NumberSelectionSupport extends EngineIT {

    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    OfficeNumberRepository numbers;
    @Autowired
    UserAccountRepository users;
    @Autowired
    NumberPools pools;
    @Autowired
    NumberSelection selection;
    @Autowired
    NumberSelectionFlow flow;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @BeforeEach
    void samplePoolsLoaded() {
        pools.load(new InputStreamReader(getClass().getResourceAsStream("/pools/sample-pools.csv"), StandardCharsets.UTF_8));
    }

    Enterprise enterpriseIn(String province, String city) {
        return enterprises.save(new Enterprise(city + "测试企业" + UUID.randomUUID().toString().substring(0, 8), province, city,
                OrganizationType.COMPANY, LocalDate.of(2020, 5, 1)));
    }

    /** An admin login for the enterprise; the password is the login name. */
    String adminOf(Enterprise enterprise) {
        String login = "admin-" + enterprise.getId();
        users.save(new UserAccount(login, "{noop}" + login, Role.ENTERPRISE_ADMIN, enterprise.getId(), null));
        return login;
    }

    ProcessInstance startSelection(Enterprise enterprise, String reservationTimeout) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("enterpriseId", enterprise.getId());
        variables.put("city", enterprise.getCity());
        variables.put("reservationTimeout", reservationTimeout);
        return runtime.startProcessInstanceByKey("number-selection", enterprise.getId().toString(), variables);
    }

    boolean waitsAt(ProcessInstance instance, String activityId) {
        return runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(activityId).count() == 1;
    }

    OfficeNumber number(String number) {
        return numbers.findById(number).orElseThrow();
    }

    static void eventually(Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within " + within);
            }
            Thread.sleep(100);
        }
    }
}
