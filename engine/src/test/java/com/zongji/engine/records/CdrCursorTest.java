package com.zongji.engine.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CdrCursorTest {

    @Test
    void aCursorSurvivesItsToken() {
        CdrCursor cursor = new CdrCursor(Instant.parse("2026-11-03T02:15:30.123456Z"), 42);

        assertThat(CdrCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void aTokenNotMadeHereIsBadInput() {
        assertThatThrownBy(() -> CdrCursor.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CdrCursor.parse("12-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
