package com.zongji.engine.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per username and per client address, and says for how long a login attempt is to be
 * refused without looking at its password. The counts live in the database, so all nodes refuse alike; each
 * statement is atomic on its own, so concurrent failures on several nodes are all counted.
 */
@Service
@RequiredArgsConstructor
public class LoginThrottle {

    /** Longer usernames share a count; the column holds this much. */
    private static final int SUBJECT_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    /**
     * What the failure counts say of an attempt to log in as this username from this address: how much longer it
     * is refused, and whether the username has failures on record for a success to clear. One read of at most two
     * rows, so the requests of programs that log in with every request (HTTP Basic) stay cheap.
     */
    public LoginStanding standing(String username, String address) {
        String user = user(username);
        String from = address(address);
        Instant now = clock.instant();
        Instant refusedUntil = now;
        boolean userFailures = false;
        for (Failures failures : jdbc.query("select subject, failures, window_started_at from login_failure where subject in (?, ?)",
                (row, i) -> new Failures(row.getString(1), row.getInt(2), row.getObject(3, OffsetDateTime.class).toInstant()),
                user, from)) {
            boolean ofUser = failures.subject().equals(user);
            userFailures |= ofUser;
            int limit = ofUser ? settings.maxFailuresPerUser() : settings.maxFailuresPerAddress();
            Instant until = failures.windowStarted().plus(settings.window());
            if (failures.count() >= limit && until.isAfter(refusedUntil)) {
                refusedUntil = until;
            }
        }
        return new LoginStanding(Duration.between(now, refusedUntil), userFailures);
    }

    /** Counts a failed login; each statement commits on its own, so no failed insert spoils a transaction. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(user(username), now);
        if (address != null) {
            count(address(address), now);
        }
    }

    /**
     * A login that succeeded clears its username's count; the address's count runs out with its window. Callers
     * that know from {@link #standing} that there is no count spare the database the write.
     */
    public void succeeded(String username) {
        jdbc.update("delete from login_failure where subject = ?", user(username));
    }

    private void count(String subject, Instant now) {
        OffsetDateTime started = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime windowOpen = started.minus(settings.window());
        if (jdbc.update("update login_failure set failures = failures + 1 where subject = ? and window_started_at > ?",
                subject, windowOpen) > 0) {
            return;
        }
        if (jdbc.update("update login_failure set failures = 1, window_started_at = ? where subject = ?", started, subject) > 0) {
            return;
        }
        // Rows of windows long past are of no use to anyone; new subjects are rare enough to sweep them here.
        jdbc.update("delete from login_failure where window_started_at <= ?", windowOpen);
        try {
            jdbc.update("insert into login_failure (subject, failures, window_started_at) values (?, 1, ?)", subject, started);
        } catch (DuplicateKeyException raced) {
            jdbc.update("update login_failure set failures = failures + 1 where subject = ?", subject);
        }
    }

    private record Failures(String subject, int count, Instant windowStarted) {
    }

    private static String user(String username) {
        return username == null ? null : subject("user:" + username);
    }

    private static String address(String address) {
        return address == null ? null : subject("address:" + address);
    }

    private static String subject(String subject) {
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
    }
}
