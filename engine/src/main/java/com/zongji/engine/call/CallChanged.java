package com.zongji.engine.call;

import java.time.Instant;

/**
 * Published after each stored change of a call (leg placed, ringing, answered, bridged, ended), for the
 * console's live view. {@code leg} names the leg that changed, or is null for the call itself.
 */
public record CallChanged(long callId, long enterpriseId, Long employeeId, CallStatus status, CallEnd endReason,
        String leg, LegState legState, Instant at) {
}
