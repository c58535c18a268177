package com.zongji.engine.call;

/**
 * Which numbers the two legs of a callback call show, and how the callee's phone presents the call.
 * Implemented by the {@code display-number} decision table, which also holds the home regions of
 * numbers and the platform number of each region.
 */
public interface DisplayNumberPolicy {

    /** What the employee's own mobile shows while the platform rings it (leg A). */
    LegADisplay legA(String employeeMobile, String officeNumber);

    /** Company name, caller card and push message on the callee's phone (leg B), by the callee's device. */
    CalleePresentation callee(CalleeDevice device);

    /**
     * The number the callee sees: always the enterprise's office number (the brief: 接听方会显示主叫的
     * 办公电话专属号码), so no table decides it.
     */
    default String calleeSees(String officeNumber) {
        return MainlandNumber.read(officeNumber)
                .orElseThrow(() -> new IllegalArgumentException(
                        "办公电话号码不是中国大陆号码 / Office number is not a mainland China number: " + officeNumber))
                .national();
    }
}
