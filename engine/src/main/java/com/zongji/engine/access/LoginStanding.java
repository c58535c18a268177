package com.zongji.engine.access;

import java.time.Duration;

/**
 * Where a login attempt stands with the failure counts.
 *
 * @param refusedFor            how much longer attempts for its username or from its address are refused; zero if it
 *                              may try
 * @param userFailuresOnRecord  its username has failed logins counted, which a successful login is to clear
 */
public record LoginStanding(Duration refusedFor, boolean userFailuresOnRecord) {

    public boolean refused() {
        return !refusedFor.isNegative() && !refusedFor.isZero();
    }
}
