package com.zongji.adapters.sip.media;

/**
 * Reads keys from RFC 4733 telephone-event packets. One key press is sent as many packets (start, updates,
 * usually three end packets) sharing an RTP timestamp; it is reported once, on the first of them that
 * arrives, so a lost start packet still yields the key from a later one. A packet with the same timestamp
 * and event that is not an end packet, after the end was seen, is a new press: replayed captures
 * (sipp's {@code play_pcap_audio} of one key twice) repeat the timestamp.
 */
final class TelephoneEvents {

    private static final String KEYS = "0123456789*#ABCD";

    private long timestamp = -1;
    private int event = -1;
    private boolean ended;

    /** The key this packet starts, or 0 when it continues a reported press or carries no key (e.g. flash). */
    synchronized char key(RtpHeader header, byte[] data) {
        if (header.payloadLength() < 4) {
            return 0;
        }
        int code = data[header.payloadOffset()] & 0xFF;
        boolean end = (data[header.payloadOffset() + 1] & 0x80) != 0;
        boolean samePress = header.timestamp() == timestamp && code == event && (end || !ended);
        timestamp = header.timestamp();
        event = code;
        ended = end;
        if (samePress || code >= KEYS.length()) {
            return 0;
        }
        return KEYS.charAt(code);
    }
}
