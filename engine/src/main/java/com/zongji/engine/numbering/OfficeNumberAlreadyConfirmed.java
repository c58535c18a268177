package com.zongji.engine.numbering;

/** Confirmation is final: an enterprise that holds its office number cannot pick another. */
public class OfficeNumberAlreadyConfirmed extends IllegalStateException {

    public OfficeNumberAlreadyConfirmed(String number) {
        super("本企业已确认总机号码 " + number + ",确认后不能更换 (office number " + number + " is already confirmed)");
    }
}
