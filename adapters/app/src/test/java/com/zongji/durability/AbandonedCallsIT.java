package com.zongji.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.billing.LedgerEntry;
import com.zongji.engine.billing.LedgerEntryKind;
import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.PrepaidAccount;
import com.zongji.engine.billing.PrepaidAccountRepository;
import com.zongji.engine.billing.PrepaidLedger;
import com.zongji.engine.call.AbandonedCalls;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallSettings;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.org.Department;
import com.zongji.engine.org.DepartmentRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calls a node left open — because it crashed and restarted, or died for good — are closed from their
 * last stored state and billed for the connected time known then; live calls of other nodes are left alone.
 */
class AbandonedCallsIT extends EngineIT {

    private static final long PRICE = 96;

    @Autowired AbandonedCalls abandonedCalls;
    @Autowired CallBook book;
    @Autowired CallSettings settings;
    @Autowired PrepaidLedger ledger;
    @Autowired ShiftableClock clock;
    @Autowired EnterpriseRepository enterprises;
    @Autowired DepartmentRepository departments;
    @Autowired EmployeeRepository employees;
    @Autowired PrepaidAccountRepository accounts;

    private long enterpriseId;
    private long employeeId;

    @BeforeEach
    void anEnterpriseWithMoney() {
        enterpriseId = enterprises.save(new Enterprise(
                "断电测试有限公司", "湖北", "武汉", OrganizationType.COMPANY, LocalDate.of(2020, 1, 1))).getId();
        Department root = departments.save(new Department(enterpriseId, null, "断电测试"));
        employeeId = employees.save(new Employee(enterpriseId, root.getId(), "甲", "18627000099", true)).getId();
        accounts.save(new PrepaidAccount(enterpriseId));
        ledger.credit(enterpriseId, Money.ofYuan("10"), LedgerEntryKind.RECHARGE, "pay-" + enterpriseId);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCallThisNodeHeldBeforeItRestartedIsClosedAndBilledUpToItsLastHeartbeat() {
        Instant beforeBoot = Instant.now().minus(Duration.ofHours(1));
        long callId = bridgedCall(settings.nodeId(), beforeBoot, Duration.ofMillis(150_500));

        abandonedCalls.sweep();

        CallRecord closed = book.find(callId);
        assertThat(closed.getStatus()).isEqualTo(CallStatus.ENDED);
        assertThat(closed.getEndReason()).isEqualTo(CallEnd.CLOSED_AFTER_NODE_LOSS);
        assertThat(closed.getEndedAt()).isEqualTo(closed.getLastSeenAt());
        assertThat(closed.getDurationSeconds()).isEqualTo(150);
        assertThat(closed.getBilledMinutes()).isEqualTo(3);
        assertThat(closed.getCostThousandths()).isEqualTo(3 * PRICE);
        assertThat(callCharges()).containsExactly(Money.ofThousandths(-3 * PRICE));
        assertBalanced();
    }

    @Test
    void aCallOfADeadNodeIsClosedOnceItHasNotBeenSeenForTheAbandonmentPeriod() {
        Instant earlier = Instant.now().minus(settings.abandonedAfter()).minusSeconds(90);
        long callId = bridgedCall("dead-node", earlier, Duration.ofSeconds(30));

        abandonedCalls.sweep();

        CallRecord closed = book.find(callId);
        assertThat(closed.getStatus()).isEqualTo(CallStatus.ENDED);
        assertThat(closed.getBilledMinutes()).isEqualTo(1);
        assertThat(callCharges()).containsExactly(Money.ofThousandths(-PRICE));
        assertBalanced();
    }

    @Test
    void aLiveCallOfAnotherNodeIsLeftAlone() {
        long callId = bridgedCall("busy-node", Instant.now().minusSeconds(20), Duration.ofSeconds(15));

        abandonedCalls.sweep();

        assertThat(book.find(callId).getStatus()).isEqualTo(CallStatus.BRIDGED);
        assertThat(callCharges()).isEmpty();
    }

    /**
     * A call connected at {@code at}, holding 3 minutes, last stamped alive {@code seen} later by its node
     * (the clock runs on between the steps, so a whole number of seconds needs a little margin).
     */
    private long bridgedCall(String node, Instant at, Duration seen) {
        clock.set(at);
        CallRecord call = book.open(CallRecord.outbound(enterpriseId, employeeId, "18627000099", "13800138000", null,
                CalleeIdentity.OTHER, "02787654399", PRICE, 100, node, clock.instant()));
        ledger.reserve(enterpriseId, call.ledgerReference(), Money.ofThousandths(3 * PRICE));
        book.bridged(call.getId());
        clock.set(at.plus(seen));
        book.touch(List.of(call.getId()));
        clock.reset();
        return call.getId();
    }

    private List<Money> callCharges() {
        return ledger.entries(enterpriseId).stream()
                .filter(entry -> entry.getKind() == LedgerEntryKind.CALL_CHARGE)
                .map(LedgerEntry::amount)
                .toList();
    }

    private void assertBalanced() {
        Money sum = ledger.entries(enterpriseId).stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
        assertThat(ledger.balance(enterpriseId)).isEqualTo(sum);
    }
}
