package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** What a test leaves of calls on the node: none live in memory, none open on record. */
final class CallLeaks {

    private final LiveCalls liveCalls;
    private final CallRecordRepository records;
    private final Set<Long> openBefore;

    /** Notes the calls open now, which the test did not make. */
    CallLeaks(LiveCalls liveCalls, CallRecordRepository records) {
        this.liveCalls = liveCalls;
        this.records = records;
        this.openBefore = openRecords();
    }

    /** Waits (an unacknowledged answer ends after 32 s, Timer H) until the test's calls have all ended. */
    void assertNoneLeft(Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(liveCalls.ids()).as("live calls").isEmpty();
            assertThat(openRecords()).as("open call records").isSubsetOf(openBefore);
        });
    }

    /** Records made since, from one caller: another test's late retransmission must not count. */
    long recordsSince(long lastIdBefore, String callerNumber) {
        return records.findAll().stream()
                .filter(call -> call.getId() > lastIdBefore && callerNumber.equals(call.getCallerNumber())).count();
    }

    long lastRecordId() {
        return records.findAll().stream().mapToLong(CallRecord::getId).max().orElse(0);
    }

    private Set<Long> openRecords() {
        return records.findAll().stream().filter(call -> call.getEndedAt() == null).map(CallRecord::getId)
                .collect(Collectors.toSet());
    }
}
