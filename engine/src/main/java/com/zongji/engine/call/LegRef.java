package com.zongji.engine.call;

/**
 * One leg of a call: a SIP dialog between the engine and a phone, named within its call.
 * Outbound callback calls have legs {@code A} (the employee's mobile) and {@code B} (the callee);
 * inbound calls have {@code CALLER} and one {@code RING-n} per employee rung.
 */
public record LegRef(long callId, String name) {

    public static final String A = "A";
    public static final String B = "B";
    public static final String CALLER = "CALLER";

    public LegRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A leg needs a name");
        }
    }

    public static LegRef ring(long callId, int attempt) {
        return new LegRef(callId, "RING-" + attempt);
    }

    @Override
    public String toString() {
        return callId + "/" + name;
    }
}
