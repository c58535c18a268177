package com.zongji.adapters.sip;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.header.ContentTypeHeader;

/**
 * A key pressed, as SIP INFO carries it: {@code application/dtmf-relay} ({@code Signal=5} on a line of its
 * own, {@code 10}/{@code 11} standing for * and # with some phones) or {@code application/dtmf} (just the key).
 */
final class DtmfInfo {

    private static final Pattern SIGNAL = Pattern.compile("(?im)^\\s*signal\\s*=\\s*(\\S+)\\s*$");
    private static final String KEYS = "0123456789*#ABCD";

    private DtmfInfo() {
    }

    static boolean understands(ContentTypeHeader type) {
        return "application".equalsIgnoreCase(type.getContentType())
                && ("dtmf-relay".equalsIgnoreCase(type.getContentSubType())
                        || "dtmf".equalsIgnoreCase(type.getContentSubType()));
    }

    /** The key in an INFO body of a type it {@link #understands}; empty when there is none. */
    static Optional<Character> key(ContentTypeHeader type, String body) {
        String value;
        if ("dtmf-relay".equalsIgnoreCase(type.getContentSubType())) {
            Matcher signal = SIGNAL.matcher(body);
            if (!signal.find()) {
                return Optional.empty();
            }
            value = signal.group(1);
        } else {
            value = body.trim();
        }
        return switch (value.toUpperCase()) {
            case "10" -> Optional.of('*');
            case "11" -> Optional.of('#');
            default -> value.length() == 1 && KEYS.indexOf(Character.toUpperCase(value.charAt(0))) >= 0
                    ? Optional.of(Character.toUpperCase(value.charAt(0)))
                    : Optional.empty();
        };
    }
}
