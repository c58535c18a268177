package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingsTest {

    private final Recordings recordings = new Recordings();

    @ParameterizedTest
    @ValueSource(strings = {"ivr-menu", "closed", "connecting", "callback", "account-manager", "unknown-extension",
            "no-answer", "no-service", "balance-warning"})
    void everyRecordingTheEngineNamesIsShippedAsMuLawSpeech(String recording) {
        byte[] samples = recordings.muLaw(recording);

        assertThat(samples.length).as("seconds of speech × 8000").isBetween(8000, 8000 * 12);
    }

    @Test
    void refusesNamesThatAreNotRecordings() {
        assertThatThrownBy(() -> recordings.muLaw("../application")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recordings.muLaw("nothing-here")).isInstanceOf(IllegalArgumentException.class);
    }
}
