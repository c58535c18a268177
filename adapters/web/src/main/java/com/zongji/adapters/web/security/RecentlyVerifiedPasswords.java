package com.zongji.adapters.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks logins as Spring's {@link DaoAuthenticationProvider} does, but remembers for a minute each password it
 * has verified, so a program that signs every request in with HTTP Basic pays BCrypt's ~100 ms of CPU once a
 * minute rather than on every request. The account is still loaded and checked (enabled, not locked out) every
 * time; only the hash comparison is skipped, and only against the very stored hash the password was verified
 * with, so a changed password takes effect at once. Entries are salted SHA-256 digests (the salt is new in every
 * process), never passwords.
 */
@Component
class RecentlyVerifiedPasswords extends DaoAuthenticationProvider {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(MAX_REMEMBERED)
            .build();
    private final byte[] salt = new byte[32];

    RecentlyVerifiedPasswords(UserDetailsService users, PasswordEncoder passwords) {
        super(users);
        setPasswordEncoder(passwords);
        new SecureRandom().nextBytes(salt);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
        if (attempt.getCredentials() == null || user.getPassword() == null) {
            super.additionalAuthenticationChecks(user, attempt);
            return;
        }
        String digest = digest(user.getUsername(), user.getPassword(), attempt.getCredentials().toString());
        if (verified.getIfPresent(digest) == null) {
            super.additionalAuthenticationChecks(user, attempt);
            verified.put(digest, Boolean.TRUE);
        }
    }

    private String digest(String username, String storedHash, String presented) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            for (String part : new String[] {username, storedHash, presented}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // Each part's length first, so no two different triples run together into the same bytes.
                sha256.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
