package com.zongji.engine.contact;

import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.call.MainlandNumber;

/**
 * A contact's number in the form calls store it (and leg B dials it): the national form for a mainland
 * number, the international digits otherwise. So {@code +86 138-0710-0077} and {@code 13807100077} are
 * one contact, and a contact's calls are found by plain equality.
 *
 * @param stored the number as described above
 */
public record ContactNumber(String stored) {

    private static final String MOBILE_WITH_TRUNK_PREFIX = "01";
    private static final String BEIJING = "010";

    /** The number as someone wrote it; refused unless it is a phone number that can be called. */
    public static ContactNumber written(String asWritten) {
        if (asWritten == null || asWritten.isBlank()) {
            throw new IllegalArgumentException("请填写联系人号码 / a contact needs a number");
        }
        CalleeNumber dialled;
        try {
            dialled = CalleeNumber.dialled(asWritten);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("号码格式不正确：" + asWritten + "，只能包含数字、+、空格和- / not a telephone number", e);
        }
        return MainlandNumber.read(asWritten)
                .map(ContactNumber::mainland)
                .orElseGet(() -> new ContactNumber(dialled.international()));
    }

    private static ContactNumber mainland(MainlandNumber number) {
        String national = number.national();
        if (national.startsWith(MOBILE_WITH_TRUNK_PREFIX) && !national.startsWith(BEIJING)) {
            // 0 + 1… is no area code but Beijing's: a mobile written with too few or too many digits.
            throw new IllegalArgumentException("手机号应为11位数字：" + national.substring(1) + " / a mobile has 11 digits");
        }
        if (number.homeRegionPrefix().isEmpty()) {
            throw new IllegalArgumentException("号码不是有效的手机号或带区号的固定电话：" + number.national()
                    + " / neither an 11-digit mobile nor a fixed line with its area code");
        }
        return new ContactNumber(national);
    }
}
