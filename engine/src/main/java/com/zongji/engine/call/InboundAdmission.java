package com.zongji.engine.call;

/**
 * The engine's answer to an inbound offer: the leg it created for the caller, or the SIP status to
 * refuse with (404 unknown number, 503 overloaded, …) and a reason phrase.
 */
public record InboundAdmission(LegRef leg, int refusalStatus, String reason) {

    public static InboundAdmission admitted(LegRef leg) {
        return new InboundAdmission(leg, 0, null);
    }

    public static InboundAdmission refused(int status, String reason) {
        return new InboundAdmission(null, status, reason);
    }

    public boolean isAdmitted() {
        return leg != null;
    }
}
