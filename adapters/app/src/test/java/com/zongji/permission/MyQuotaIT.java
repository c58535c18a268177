package com.zongji.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.permission.Quotas;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An employee reads their own quota of the Beijing-time month and the minutes their calls used in it. */
class MyQuotaIT extends EngineIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String DEMO_OFFICE = "02787654321";

    @Autowired TestRestTemplate http;
    @Autowired CallBook book;
    @Autowired ShiftableClock clock;
    @Autowired Quotas quotas;
    @Autowired UserAccountRepository users;
    @Autowired EmployeeRepository employees;

    private long wuhan;
    private Employee liuLi;

    @BeforeEach
    void liuLiHasFortyMinutesAMonth() {
        wuhan = users.findById("admin").orElseThrow().getEnterpriseId();
        liuLi = employees.findById(users.findById("liuli").orElseThrow().getEmployeeId()).orElseThrow();
        quotas.setEmployeeQuota(wuhan, liuLi.getId(), 40);
    }

    @AfterEach
    void restore() {
        clock.reset();
        quotas.setEmployeeQuota(wuhan, liuLi.getId(), null);
    }

    @Test
    void onlyThisBeijingMonthsCallsCountAgainstTheQuota() {
        billedCall(beijing("2028-01-31T23:55:00"), 110);
        billedCall(beijing("2028-02-29T23:55:00"), 170);
        clock.set(beijing("2028-02-29T23:59:30"));

        ResponseEntity<JsonNode> mine = http.withBasicAuth("liuli", "liuli").getForEntity("/api/me/quota", JsonNode.class);

        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody().get("month").asText()).isEqualTo("2028-02");
        assertThat(mine.getBody().get("monthlyMinutes").asInt()).isEqualTo(40);
        assertThat(mine.getBody().get("usedMinutes").asLong()).isEqualTo(3);
    }

    @Test
    void aLoginThatIsNoEmployeeHasNoQuotaOfItsOwn() {
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/me/quota", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("analyst", "analyst").getForEntity("/api/me/quota", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A connected call of {@code seconds} stored straight through the book, so no trunk is involved. */
    private void billedCall(Instant startedAt, int seconds) {
        clock.set(startedAt);
        CallRecord call = book.open(CallRecord.outbound(wuhan, liuLi.getId(), liuLi.getMobile(), "13800138000", null,
                CalleeIdentity.OTHER, DEMO_OFFICE, 0, 60, "my-quota-it", clock.instant()));
        book.bridged(call.getId());
        clock.set(startedAt.plusSeconds(seconds));
        book.close(call.getId(), CallEnd.HUNG_UP);
    }

    private static Instant beijing(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BEIJING).toInstant();
    }
}
