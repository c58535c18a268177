package com.zongji.adapters.sip.media;

/**
 * G.711 companding (after the public-domain Sun reference code), reduced to the two translation tables
 * the engine needs: prompts are stored in µ-law and are sent, or relayed, in A-law to peers that chose it.
 */
final class G711 {

    private static final byte[] MU_LAW_TO_A_LAW = new byte[256];
    private static final byte[] A_LAW_TO_MU_LAW = new byte[256];

    static {
        for (int code = 0; code < 256; code++) {
            MU_LAW_TO_A_LAW[code] = linearToALaw(muLawToLinear(code));
            A_LAW_TO_MU_LAW[code] = linearToMuLaw(aLawToLinear(code));
        }
    }

    private G711() {
    }

    static byte muLawToALaw(byte muLaw) {
        return MU_LAW_TO_A_LAW[muLaw & 0xFF];
    }

    static byte aLawToMuLaw(byte aLaw) {
        return A_LAW_TO_MU_LAW[aLaw & 0xFF];
    }

    static int muLawToLinear(int code) {
        int u = ~code & 0xFF;
        int magnitude = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4);
        return (u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84;
    }

    static int aLawToLinear(int code) {
        int a = (code ^ 0x55) & 0xFF;
        int magnitude = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        magnitude += segment == 0 ? 8 : 0x108;
        if (segment > 1) {
            magnitude <<= segment - 1;
        }
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }

    static byte linearToALaw(int pcm) {
        int value = pcm >> 3;
        int mask;
        if (value >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            value = -value - 1;
        }
        int segment = segment(value, 0x1F);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int a = segment << 4;
        a |= segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte) (a ^ mask);
    }

    static byte linearToMuLaw(int pcm) {
        int value = pcm >> 2;
        int mask;
        if (value < 0) {
            value = -value;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        value = Math.min(value, 8159) + (0x84 >> 2);
        int segment = segment(value, 0x3F);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int u = (segment << 4) | ((value >> (segment + 1)) & 0x0F);
        return (byte) (u ^ mask);
    }

    /** The first of eight segments, whose ends double from {@code firstEnd}, that holds {@code value}. */
    private static int segment(int value, int firstEnd) {
        int end = firstEnd;
        for (int segment = 0; segment < 8; segment++) {
            if (value <= end) {
                return segment;
            }
            end = (end << 1) | 1;
        }
        return 8;
    }
}
