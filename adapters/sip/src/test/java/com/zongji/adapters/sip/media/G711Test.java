package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void silenceStaysSilence() {
        assertThat(G711.muLawToALaw((byte) 0xFF)).isEqualTo((byte) 0xD5);
        // A-law has no exact zero: its quietest step, ±8, is µ-law's second quietest.
        assertThat(G711.aLawToMuLaw((byte) 0xD5)).isEqualTo((byte) 0xFE);
        assertThat(G711.muLawToLinear(0xFE)).isEqualTo(8);
    }

    @Test
    void aLawOfAMuLawSampleSoundsTheSame() {
        for (int code = 0; code < 256; code++) {
            int linear = G711.muLawToLinear(code);
            int viaALaw = G711.aLawToLinear(G711.muLawToALaw((byte) code) & 0xFF);

            assertThat(Math.abs(viaALaw - linear)).as("µ-law %02x", code)
                    .isLessThanOrEqualTo(Math.max(16, Math.abs(linear) / 16));
        }
    }

    @Test
    void knownCodesDecodeToTheirReferenceValues() {
        assertThat(G711.muLawToLinear(0x00)).isEqualTo(-32124);
        assertThat(G711.muLawToLinear(0x80)).isEqualTo(32124);
        assertThat(G711.aLawToLinear(0x55)).isEqualTo(-8);
        assertThat(G711.aLawToLinear(0xAA)).isEqualTo(32256);
    }
}
