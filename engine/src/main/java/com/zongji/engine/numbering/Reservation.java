package com.zongji.engine.numbering;

import java.time.Instant;

/** A number held for an enterprise until it confirms, or until the hold lapses. */
public record Reservation(String number, long enterpriseId, Instant reservedUntil) {
}
