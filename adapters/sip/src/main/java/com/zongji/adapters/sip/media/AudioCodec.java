package com.zongji.adapters.sip.media;

import java.util.Optional;

/** The G.711 codecs the engine speaks, with their static RTP payload types (RFC 3551). */
enum AudioCodec {
    PCMU(0, (byte) 0xFF),
    PCMA(8, (byte) 0xD5);

    private final int payloadType;
    private final byte silence;

    AudioCodec(int payloadType, byte silence) {
        this.payloadType = payloadType;
        this.silence = silence;
    }

    int payloadType() {
        return payloadType;
    }

    byte silence() {
        return silence;
    }

    static Optional<AudioCodec> ofPayloadType(int payloadType) {
        for (AudioCodec codec : values()) {
            if (codec.payloadType == payloadType) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    /** Rewrites {@code length} samples in place from {@code from} to this codec. */
    void transcodeInPlace(AudioCodec from, byte[] samples, int offset, int length) {
        if (from == this) {
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            samples[i] = this == PCMA ? G711.muLawToALaw(samples[i]) : G711.aLawToMuLaw(samples[i]);
        }
    }
}
