package com.zongji.engine.call;

/**
 * How the callee's phone presents an employee's call besides the office number.
 *
 * @param pushMessage the message pushed to the callee's app, with {@value #CALLER} standing for the
 *                    caller's name (e.g. {@code {主叫}正在拨打您的电话，请注意接听}); empty when nothing is pushed
 */
public record CalleePresentation(boolean showCompanyName, CallerCard card, String pushMessage) {

    public static final String CALLER = "{主叫}";

    public CalleePresentation {
        pushMessage = pushMessage == null ? "" : pushMessage.strip();
    }

    public boolean pushesMessage() {
        return !pushMessage.isEmpty();
    }

    /** The push message as the callee reads it; empty when nothing is pushed. */
    public String pushMessageFrom(String callerName) {
        return pushMessage.replace(CALLER, callerName);
    }
}
