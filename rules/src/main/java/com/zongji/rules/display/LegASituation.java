package com.zongji.rules.display;

/** How the employee's mobile relates to the office number; the leg A table decides what each case shows. */
public enum LegASituation {
    /** Both numbers have the same home region. */
    SAME_REGION,
    /** Different regions, and the mobile's region has a platform number. */
    OTHER_REGION,
    /** The home region of the mobile or of the office number is not in the region table. */
    UNKNOWN_REGION,
    /** Different regions, but the mobile's region has no platform number. */
    NO_PLATFORM_NUMBER
}
