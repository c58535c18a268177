package com.zongji.engine.billing;

/**
 * The answer to a request to hold one more slice for a call: refused when the available balance is below
 * the slice, in which case nothing was held and no leg may be placed.
 */
public record SliceReservation(boolean granted, Money reservedForCall, Money availableAfter) {
}
