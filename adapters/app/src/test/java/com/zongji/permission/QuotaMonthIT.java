package com.zongji.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.callback.CallRefused;
import com.zongji.engine.callback.CallbackRequest;
import com.zongji.engine.callback.Callbacks;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.permission.Quotas;
import com.zongji.sip.Sipp;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Monthly minutes are counted from the CDRs of the calendar month in Beijing time, and start again on the 1st. */
class QuotaMonthIT extends EngineIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String DEMO_OFFICE = "02787654321";

    @Autowired Callbacks callbacks;
    @Autowired CallBook book;
    @Autowired Quotas quotas;
    @Autowired EmployeeRepository employees;
    @Autowired OfficeNumberRepository officeNumbers;
    @Autowired ShiftableClock clock;

    private long enterpriseId;
    private Employee employee;

    @BeforeEach
    void anEmployeeWithFiveMinutesAMonthAllUsedOnTheLastEveningOfMay() {
        enterpriseId = officeNumbers.findById(DEMO_OFFICE).orElseThrow().getEnterpriseId();
        employee = employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                .filter(e -> e.getName().equals("荣彩"))
                .findFirst().orElseThrow();
        quotas.setEmployeeQuota(enterpriseId, employee.getId(), 5);
        clock.set(beijing("2027-05-31T23:50:00"));
        CallRecord used = book.open(CallRecord.outbound(enterpriseId, employee.getId(), employee.getMobile(), "13800138000",
                null, CalleeIdentity.OTHER, DEMO_OFFICE, 0, 10, "quota-test", clock.instant()));
        book.bridged(used.getId());
        clock.set(beijing("2027-05-31T23:54:30"));
        assertThat(book.close(used.getId(), CallEnd.HUNG_UP).getBilledMinutes()).isEqualTo(5);
    }

    @AfterEach
    void restore() {
        clock.reset();
        quotas.setEmployeeQuota(enterpriseId, employee.getId(), null);
    }

    @Test
    void theLastMinuteOfMayStillCountsMaysCalls() {
        clock.set(beijing("2027-05-31T23:59:30"));

        assertThatThrownBy(() -> callbacks.start(aCall()))
                .isInstanceOfSatisfying(CallRefused.class, refusal -> assertThat(refusal.reasonCode()).isEqualTo("QUOTA_USED_UP"));
    }

    /** The call is placed; the trunk (sipp) refuses leg A at once, so nothing of it outlives the test. */
    @Test
    void onTheFirstOfJuneInBeijingTheQuotaIsWholeAgain() throws Exception {
        clock.set(beijing("2027-06-01T00:00:30"));

        try (Sipp.Running trunk = Sipp.scenario("trunk-unavailable").calls(1).timeout(Duration.ofSeconds(20)).uas(TRUNK_PORT)) {
            CallRecord call = callbacks.start(aCall());

            // Placed, not refused; leg A's INVITE is sent before start returns, so the trunk's refusal may already
            // have ended the call when it is read back (seen in CI).
            assertThat(call.getStatus()).isIn(CallStatus.SETTING_UP, CallStatus.FAILED);
            assertThat(call.getAllowedMinutes()).isEqualTo(5);
            trunk.awaitEnd(Duration.ofSeconds(20));
            assertThat(endReasonWithin(call.getId(), Duration.ofSeconds(10))).isEqualTo(CallEnd.TRUNK_FAILURE);
        }
    }

    private CallEnd endReasonWithin(long callId, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (book.find(callId).isOpen() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return book.find(callId).getEndReason();
    }

    private CallbackRequest aCall() {
        return new CallbackRequest(enterpriseId, employee.getId(), "13800138001", null, null);
    }

    private static Instant beijing(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BEIJING).toInstant();
    }
}
