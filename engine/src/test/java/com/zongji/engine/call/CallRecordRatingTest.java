package com.zongji.engine.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallRecordRatingTest {

    private static final Instant BRIDGED = Instant.parse("2026-11-26T02:00:00Z");
    private static final long PRICE = 96;

    @ParameterizedTest(name = "{0} s connected -> {1} minutes, {2} thousandths")
    @CsvSource({"0, 0, 0", "1, 1, 96", "59, 1, 96", "60, 1, 96", "61, 2, 192", "283, 5, 480"})
    void everyStartedMinuteOfConnectedTimeIsBilled(long seconds, int minutes, long cost) {
        CallRecord call = outbound(null);
        call.bridged(BRIDGED);

        call.end(CallEnd.HUNG_UP, BRIDGED.plusSeconds(seconds), RoundingMode.UP);

        assertThat(call.getDurationSeconds()).isEqualTo(seconds);
        assertThat(call.getBilledMinutes()).isEqualTo(minutes);
        assertThat(call.getCostThousandths()).isEqualTo(cost);
        assertThat(call.getStatus()).isEqualTo(CallStatus.ENDED);
    }

    @ParameterizedTest(name = "{0} s connected, rounded {1} -> {2} minutes")
    @CsvSource({"61, DOWN, 1", "89, HALF_UP, 1", "90, HALF_UP, 2", "61, UP, 2", "0, UP, 0"})
    void theRoundingOfConnectedTimeIsASetting(long seconds, RoundingMode rounding, int minutes) {
        CallRecord call = outbound(null);
        call.bridged(BRIDGED);

        call.end(CallEnd.HUNG_UP, BRIDGED.plusSeconds(seconds), rounding);

        assertThat(call.getBilledMinutes()).isEqualTo(minutes);
        assertThat(call.getCostThousandths()).isEqualTo(minutes * PRICE);
    }

    @ParameterizedTest(name = "{0}: nothing connected, nothing billed")
    @CsvSource({"CALLEE_BUSY, MISSED", "CALLEE_NO_ANSWER, MISSED", "EMPLOYEE_NO_ANSWER, FAILED", "TRUNK_FAILURE, FAILED",
            "EMPLOYEE_HUNG_UP_EARLY, FAILED"})
    void aCallThatNeverConnectedCostsNothing(CallEnd reason, CallStatus status) {
        CallRecord call = outbound(null);

        call.end(reason, BRIDGED.plusSeconds(30), RoundingMode.UP);

        assertThat(call.getBilledMinutes()).isZero();
        assertThat(call.getCostThousandths()).isZero();
        assertThat(call.getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "cut {0} s after a {1}-minute limit: billed {1} minutes")
    @CsvSource({"60, 1", "61, 1", "62, 1", "180, 3"})
    void theMomentsACutTakesToTravelAreNotBilled(long seconds, long allowed) {
        CallRecord call = outbound(allowed);
        call.bridged(BRIDGED);

        call.end(CallEnd.CUT_AT_LIMIT, BRIDGED.plusSeconds(seconds + 1), RoundingMode.UP);

        assertThat(call.getBilledMinutes()).isEqualTo(allowed);
        assertThat(call.getCostThousandths()).isEqualTo(allowed * PRICE);
    }

    @ParameterizedTest(name = "charged {0} of {1}: the CDR shows what the ledger took")
    @CsvSource({"96, 192, 1", "192, 192, 2", "0, 96, 0"})
    void theCdrShowsTheChargeTheHoldAllowed(long charged, long rated, int minutes) {
        CallRecord call = outbound(null);
        call.bridged(BRIDGED);
        call.end(CallEnd.HUNG_UP, BRIDGED.plusSeconds(rated / PRICE * 60), RoundingMode.UP);

        call.chargedAtMost(charged);

        assertThat(call.getCostThousandths()).isEqualTo(charged);
        assertThat(call.getBilledMinutes()).isEqualTo(minutes);
    }

    private static CallRecord outbound(Long allowedMinutes) {
        return CallRecord.outbound(1, 2, "18627000001", "13800138000", null, CalleeIdentity.OTHER, "02787654321", PRICE,
                allowedMinutes == null ? 1000 : allowedMinutes, "test-node", BRIDGED.minusSeconds(20));
    }
}
