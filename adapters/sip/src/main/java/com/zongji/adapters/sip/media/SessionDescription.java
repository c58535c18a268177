package com.zongji.adapters.sip.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the far end's SDP says about its audio: where to send RTP and the payload types it offers or chose,
 * in its order of preference. Only the first {@code m=audio} line counts; other media are ignored.
 *
 * @param encodings payload type → {@code name/rate} in lower case, from {@code a=rtpmap}
 */
record SessionDescription(String address, int port, List<Integer> payloadTypes, Map<Integer, String> encodings) {

    private static final String TELEPHONE_EVENT = "telephone-event/8000";

    SessionDescription {
        payloadTypes = List.copyOf(payloadTypes);
        encodings = Map.copyOf(encodings);
    }

    static SessionDescription parse(String sdp) {
        if (sdp == null || sdp.isBlank()) {
            throw new IllegalArgumentException("No SDP");
        }
        String sessionAddress = null;
        String audioAddress = null;
        int port = -1;
        List<Integer> payloadTypes = new ArrayList<>();
        Map<Integer, String> encodings = new HashMap<>();
        boolean beforeMedia = true;
        boolean inAudio = false;
        for (String line : sdp.split("\r?\n")) {
            String value = line.length() > 2 ? line.substring(2).trim() : "";
            if (line.startsWith("m=")) {
                inAudio = port < 0 && value.startsWith("audio ");
                beforeMedia = false;
                if (inAudio) {
                    port = audioPort(value, payloadTypes);
                }
            } else if (line.startsWith("c=") && (beforeMedia || inAudio)) {
                String address = connectionAddress(value);
                if (beforeMedia) {
                    sessionAddress = address;
                } else {
                    audioAddress = address;
                }
            } else if (inAudio && line.startsWith("a=rtpmap:")) {
                String[] map = value.substring("rtpmap:".length()).split("\\s+", 2);
                if (map.length == 2) {
                    encodings.put(number(map[0]), encoding(map[1]));
                }
            }
        }
        if (port < 0) {
            throw new IllegalArgumentException("SDP has no audio stream");
        }
        String address = audioAddress != null ? audioAddress : sessionAddress;
        if (address == null) {
            throw new IllegalArgumentException("SDP has no connection address for audio");
        }
        return new SessionDescription(address, port, payloadTypes, encodings);
    }

    /** The G.711 codecs among the payload types, in the far end's order. */
    List<AudioCodec> codecs() {
        List<AudioCodec> codecs = new ArrayList<>();
        for (int payloadType : payloadTypes) {
            AudioCodec.ofPayloadType(payloadType).ifPresent(codecs::add);
        }
        return codecs;
    }

    /** The payload type the far end uses for RFC 4733 telephone-events, whatever number it chose. */
    OptionalInt telephoneEvent() {
        return payloadTypes.stream()
                .filter(payloadType -> TELEPHONE_EVENT.equals(encodings.get(payloadType)))
                .mapToInt(Integer::intValue)
                .findFirst();
    }

    /** Port 0 means the far end refused audio; the null address 0.0.0.0 means it holds the call. */
    boolean sendsNowhere() {
        return port == 0 || "0.0.0.0".equals(address);
    }

    private static int audioPort(String media, List<Integer> payloadTypes) {
        String[] fields = media.split("\\s+");
        if (fields.length < 4) {
            throw new IllegalArgumentException("Malformed media line: m=" + media);
        }
        for (int i = 3; i < fields.length; i++) {
            payloadTypes.add(number(fields[i]));
        }
        // "port/count" is legal; the engine uses the first port only.
        return number(fields[1].split("/")[0]);
    }

    private static String connectionAddress(String connection) {
        String[] fields = connection.split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("Malformed connection line: c=" + connection);
        }
        // A multicast address may carry "/ttl".
        return fields[2].split("/")[0];
    }

    private static String encoding(String rtpmap) {
        String[] parts = rtpmap.trim().split("/");
        String name = parts[0].toLowerCase(Locale.ROOT);
        return parts.length > 1 ? name + "/" + parts[1] : name;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Malformed number in SDP: " + text, e);
        }
    }
}
