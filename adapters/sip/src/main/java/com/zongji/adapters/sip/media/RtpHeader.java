package com.zongji.adapters.sip.media;

import java.nio.ByteBuffer;

/**
 * The fixed RTP header (RFC 3550) of a packet, and where its payload lies in the datagram.
 *
 * @param payloadOffset index of the first payload byte, after CSRCs and any header extension
 * @param payloadLength payload bytes, without padding
 */
record RtpHeader(
        boolean marker, int payloadType, int sequence, long timestamp, int ssrc, int payloadOffset, int payloadLength) {

    static final int SIZE = 12;

    /** The header of a datagram, or null if it is not RTP version 2 (STUN, RTCP on the wrong port, noise). */
    static RtpHeader parse(byte[] data, int length) {
        if (length < SIZE || (data[0] & 0xC0) != 0x80) {
            return null;
        }
        int payloadType = data[1] & 0x7F;
        if (payloadType >= 72 && payloadType <= 76) {
            return null; // RTCP sent to the RTP port (RFC 5761)
        }
        int offset = SIZE + 4 * (data[0] & 0x0F);
        if ((data[0] & 0x10) != 0) {
            if (length < offset + 4) {
                return null;
            }
            offset += 4 + 4 * (((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF));
        }
        int end = length;
        if ((data[0] & 0x20) != 0) {
            end -= data[length - 1] & 0xFF;
        }
        if (offset > end) {
            return null;
        }
        return new RtpHeader(
                (data[1] & 0x80) != 0,
                payloadType,
                ((data[2] & 0xFF) << 8) | (data[3] & 0xFF),
                ByteBuffer.wrap(data, 4, 4).getInt() & 0xFFFFFFFFL,
                ByteBuffer.wrap(data, 8, 4).getInt(),
                offset,
                end - offset);
    }

    /** Writes this header's fixed part (no CSRCs, no extension) at the buffer's position. */
    void writeTo(ByteBuffer buffer) {
        buffer.put((byte) 0x80)
                .put((byte) ((marker ? 0x80 : 0) | payloadType))
                .putShort((short) sequence)
                .putInt((int) timestamp)
                .putInt(ssrc);
    }

    /** Rewrites the payload type of a datagram in place, keeping its marker bit. */
    static void rewritePayloadType(byte[] data, int payloadType) {
        data[1] = (byte) ((data[1] & 0x80) | payloadType);
    }
}
