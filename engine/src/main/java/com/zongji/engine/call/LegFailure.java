package com.zongji.engine.call;

/** Why a leg that was being placed never answered. */
public enum LegFailure {
    /** 486 / 600 from the far end. */
    BUSY,
    /** Rang until the ring timeout, or 408 / 480 / 487 from the far end. */
    NO_ANSWER,
    /** Any other final 4xx/6xx: the phone or the carrier declined it. */
    REJECTED,
    /** 5xx, a transaction timeout or an I/O error: the trunk did not carry the call. */
    TRUNK_FAILURE
}
