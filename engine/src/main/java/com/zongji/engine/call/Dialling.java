package com.zongji.engine.call;

import java.time.Duration;

/**
 * An outgoing leg to place through the carrier trunk.
 *
 * @param to          the number to ring, national form (e.g. 13800138000, 02787654321)
 * @param shows       the number the called phone displays: From and P-Asserted-Identity of the INVITE
 * @param ringTimeout how long it may ring before the engine gives up (then {@link LegFailure#NO_ANSWER})
 */
public record Dialling(String to, String shows, Duration ringTimeout) {
}
