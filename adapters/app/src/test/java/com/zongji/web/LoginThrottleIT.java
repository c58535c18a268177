package com.zongji.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.access.LoginThrottleSettings;
import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Repeated failed logins lock a username (and, in larger numbers, a client address) out for the rest of the
 * window: attempts are answered 429 with Retry-After, the right password included, while other users sign in
 * as usual. Works on a throwaway login and clears the client addresses' counts (before, since other tests'
 * wrong passwords count too, and after): every IT signs in from the same loopback address.
 */
class LoginThrottleIT extends EngineIT {

    @Autowired TestRestTemplate http;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired LoginThrottleSettings settings;
    @Autowired ShiftableClock clock;
    @Autowired JdbcTemplate jdbc;

    private String username;
    private String password;

    @BeforeEach
    void aThrowawayLoginAndNoAddressWithFailures() {
        jdbc.update("delete from login_failure where subject like 'address:%'");
        username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        password = "right-" + username;
        accounts.save(new UserAccount(username, passwords.encode(password), Role.ANALYST, null, null));
    }

    @AfterEach
    void forgetTheFailures() {
        clock.reset();
        accounts.deleteById(username);
        jdbc.update("delete from login_failure where subject like 'user:throttle-%' or subject like 'address:%'");
    }

    @Test
    void aUsernameIsLockedAfterTooManyWrongPasswordsUntilTheWindowHasPassed() {
        for (int i = 1; i <= settings.maxFailuresPerUser(); i++) {
            assertThat(me(username, "wrong-" + i).getStatusCode()).as("failure %d", i).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> locked = me(username, password);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        long retryAfter = Long.parseLong(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(settings.window().toSeconds());
        assertThat(locked.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(locked.getBody()).contains("登录失败次数过多").contains("\"status\":429");
        assertThat(me("admin", "admin").getStatusCode()).as("another user").isEqualTo(HttpStatus.OK);

        clock.set(clock.instant().plus(settings.window()).plusSeconds(1));
        assertThat(me(username, password).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        for (int i = 1; i < settings.maxFailuresPerUser(); i++) {
            me(username, "wrong-" + i);
        }
        assertThat(me(username, password).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int i = 1; i < settings.maxFailuresPerUser(); i++) {
            assertThat(me(username, "wrong-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(me(username, password).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAddressGuessingManyUsernamesIsLockedForEveryone() {
        for (int i = 1; i <= settings.maxFailuresPerAddress(); i++) {
            assertThat(me("throttle-nobody-" + i, "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> locked = me(username, password);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    @Test
    void theConsolesFormLoginIsLockedTheSameWay() throws Exception {
        for (int i = 1; i <= settings.maxFailuresPerUser(); i++) {
            HttpResponse<String> failed = formLogin(username, "wrong-" + i);
            assertThat(failed.statusCode()).as("failure %d", i).isEqualTo(HttpStatus.FOUND.value());
            assertThat(failed.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(to -> assertThat(to).endsWith("?error"));
        }

        HttpResponse<String> locked = formLogin(username, password);
        assertThat(locked.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
        assertThat(locked.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
        assertThat(locked.body()).contains("登录失败次数过多").contains("/console/login.html");
        assertThat(me(username, password).getStatusCode()).as("HTTP Basic too").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        clock.set(clock.instant().plus(settings.window()).plusSeconds(1));
        HttpResponse<String> signedIn = formLogin(username, password);
        assertThat(signedIn.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(signedIn.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(to -> assertThat(to).endsWith("/console/"));
    }

    /** Posts the login form as the console's page does: the CSRF token from the cookie sent back as a field. */
    private HttpResponse<String> formLogin(String user, String secret) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> page = browser.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/console/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = page.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("ZONGJI-XSRF-TOKEN="))
                .map(cookie -> cookie.substring("ZONGJI-XSRF-TOKEN=".length(), cookie.indexOf(';')))
                .findFirst().orElseThrow();
        String form = "username=" + encode(user) + "&password=" + encode(secret) + "&_csrf=" + encode(token);
        return browser.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/login"))
                        .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .header(HttpHeaders.COOKIE, "ZONGJI-XSRF-TOKEN=" + token)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> me(String user, String secret) {
        return http.withBasicAuth(user, secret).getForEntity("/api/me", String.class);
    }
}
