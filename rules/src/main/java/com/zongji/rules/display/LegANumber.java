package com.zongji.rules.display;

/** Which number leg A shows, as the leg A table decides it. */
public enum LegANumber {
    /** The enterprise's office number (办公电话号码). */
    OFFICE_NUMBER,
    /** The platform number of the mobile's home region (手机归属地平台号). */
    PLATFORM_NUMBER
}
