package com.zongji.engine.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordMarkingTest {

    private static final Instant STARTED = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void anEndedCallIsMarkedPersonalWithItsNote() {
        CallRecord call = ended();

        call.mark(true, "  给家里打的电话 ");

        assertThat(call.isPersonal()).isTrue();
        assertThat(call.getNote()).isEqualTo("给家里打的电话");
    }

    @Test
    void aBlankNoteClearsTheNote() {
        CallRecord call = ended();
        call.mark(true, "私事");

        call.mark(false, " ");

        assertThat(call.isPersonal()).isFalse();
        assertThat(call.getNote()).isNull();
    }

    @Test
    void aNoteLongerThanTheColumnIsRefusedAndChangesNothing() {
        CallRecord call = ended();

        assertThatThrownBy(() -> call.mark(true, "长".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
        assertThat(call.isPersonal()).isFalse();
    }

    @Test
    void aLiveCallCannotBeMarkedYet() {
        CallRecord call = outbound();

        assertThatThrownBy(() -> call.mark(true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(call.isPersonal()).isFalse();
    }

    private static CallRecord ended() {
        CallRecord call = outbound();
        call.end(CallEnd.HUNG_UP, STARTED.plusSeconds(30), RoundingMode.UP);
        return call;
    }

    private static CallRecord outbound() {
        return CallRecord.outbound(1, 2, "18627000001", "13800138000", null, CalleeIdentity.OTHER, "02787654321", 96, 1000,
                "test-node", STARTED);
    }
}
