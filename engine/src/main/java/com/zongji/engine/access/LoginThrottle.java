package com.zongji.engine.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** How much longer attempts for this username or from this address are refused; empty if they may try. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(lockedUntil(user(username), settings.maxFailuresPerUser()),
                        lockedUntil(address(address), settings.maxFailuresPerAddress()))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(Comparator.naturalOrder())
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failed login; each statement commits on its own, so no failed insert spoils a transaction. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(user(username), now);
        if (address != null) {
            count(address(address), now);
        }
    }

    /** A login that succeeded clears its username's count; the address's count runs out with its window. */
    public void succeeded(String username) {
        jdbc.update("delete from login_failure where subject = ?", user(username));
    }

    private Optional<Instant> lockedUntil(String subject, int limit) {
        if (subject == null) {
            return Optional.empty();
        }
        return jdbc.query("select window_started_at from login_failure where subject = ? and failures >= ?",
                        (row, i) -> row.getObject(1, OffsetDateTime.class).toInstant().plus(settings.window()),
                        subject, limit).stream()
                .findFirst();
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
