package com.zongji.engine.call;

import java.util.Optional;

/**
 * A mainland China number in the national form a phone displays: a mobile as its 11 digits
 * ({@code 18627000001}), a fixed line with the trunk prefix and area code ({@code 02787654321}).
 * Written forms such as {@code +86 186 2700 0001}, {@code 0086-27-8765-4321} or {@code 027-8765 4321}
 * are read as {@link CalleeNumber} reads them.
 */
public record MainlandNumber(String national) {

    private static final String CHINA = "86";
    private static final int MOBILE_DIGITS = 11;
    /** A mobile's home region is told by its first seven digits, the H-code (号段). */
    private static final int H_CODE_DIGITS = 7;

    public MainlandNumber {
        if (national == null || national.isEmpty() || !national.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a national number: " + national);
        }
    }

    /** Empty for a number outside mainland China; letters or other garbage are refused. */
    public static Optional<MainlandNumber> read(String asWritten) {
        String international = CalleeNumber.dialled(asWritten).international();
        if (!international.startsWith(CHINA)) {
            return Optional.empty();
        }
        String significant = international.substring(CHINA.length());
        return Optional.of(new MainlandNumber(isMobile(significant) ? significant : "0" + significant));
    }

    public boolean mobile() {
        return isMobile(national);
    }

    /**
     * The digits that tell the number's home region (归属地): a mobile's H-code, or a fixed line's area
     * code with its 0 ({@code 010} and {@code 020}–{@code 029} have two digits after the 0, all others
     * three, per the national numbering plan). Empty for shapes that are neither, e.g. short numbers.
     */
    public Optional<String> homeRegionPrefix() {
        if (mobile()) {
            return Optional.of(national.substring(0, H_CODE_DIGITS));
        }
        if (!fixedLine()) {
            return Optional.empty();
        }
        char first = national.charAt(1);
        return Optional.of(national.substring(0, first == '1' || first == '2' ? 3 : 4));
    }

    private static boolean isMobile(String digits) {
        return digits.length() == MOBILE_DIGITS && digits.startsWith("1");
    }

    /** Area code and subscriber number: 10 to 12 digits with the 0. */
    private boolean fixedLine() {
        return national.startsWith("0") && national.length() >= 10 && national.length() <= 12
                && national.charAt(1) != '0';
    }
}
