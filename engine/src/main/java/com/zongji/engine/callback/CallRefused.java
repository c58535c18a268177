package com.zongji.engine.callback;

/** A call the engine will not place, with the permission table's reason code and the text for the employee. */
public class CallRefused extends RuntimeException {

    private final String reasonCode;

    public CallRefused(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
