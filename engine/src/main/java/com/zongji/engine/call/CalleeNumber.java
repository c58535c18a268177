package com.zongji.engine.call;

import java.util.regex.Pattern;

/**
 * A dialled number in one international form, so that the call-permission table can judge it by its
 * shape alone: digits only, starting with the country code (86 for mainland China), without the
 * {@code +}/{@code 00} prefix and without the domestic trunk prefix {@code 0}.
 * {@code 010-1234 5678}, {@code +86 10 12345678} and {@code 0086 (0)10 12345678} all become
 * {@code 861012345678}; {@code 138 0013 8000} becomes {@code 8613800138000}; {@code +852 2123 4567}
 * becomes {@code 85221234567}.
 *
 * @param international the number as described above
 */
public record CalleeNumber(String international) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]+");
    private static final String CHINA = "86";
    private static final String INTERNATIONAL_PREFIX = "00";
    private static final String TRUNK_PREFIX = "0";

    public CalleeNumber {
        if (international == null || international.isEmpty() || !international.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a number in international form: " + international);
        }
    }

    /** The number as an employee typed or picked it; separators are ignored, letters are refused. */
    public static CalleeNumber dialled(String asDialled) {
        String digits = asDialled == null ? "" : SEPARATORS.matcher(asDialled).replaceAll("");
        if (!DIALLABLE.matcher(digits).matches()) {
            throw new IllegalArgumentException("号码格式不正确 / Not a telephone number: " + asDialled);
        }
        if (digits.startsWith("+")) {
            return fromInternational(digits.substring(1));
        }
        if (digits.startsWith(INTERNATIONAL_PREFIX)) {
            return fromInternational(digits.substring(INTERNATIONAL_PREFIX.length()));
        }
        return new CalleeNumber(CHINA + withoutTrunkPrefix(digits));
    }

    private static CalleeNumber fromInternational(String withCountryCode) {
        if (withCountryCode.startsWith(CHINA)) {
            // Written as +86 (0)10 …: the bracketed trunk prefix is not dialled from abroad.
            return new CalleeNumber(CHINA + withoutTrunkPrefix(withCountryCode.substring(CHINA.length())));
        }
        return new CalleeNumber(withCountryCode);
    }

    private static String withoutTrunkPrefix(String national) {
        return national.startsWith(TRUNK_PREFIX) ? national.substring(TRUNK_PREFIX.length()) : national;
    }
}
