package com.zongji.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import com.zongji.engine.access.UserAccountRepository;
import com.zongji.support.EngineIT;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic logins remember a verified password for a while, but what was remembered never lets in a wrong
 * password, a disabled account or a password that has since been changed. Works on a throwaway login, signed in
 * once with its right password first, so that password is remembered when the test goes on.
 */
class RememberedPasswordIT extends EngineIT {

    @Autowired TestRestTemplate http;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcTemplate jdbc;

    private String username;
    private String password;

    @BeforeEach
    void aThrowawayLoginSignedInOnce() {
        username = "remembered-" + UUID.randomUUID().toString().substring(0, 8);
        password = "right-" + username;
        accounts.save(new UserAccount(username, passwords.encode(password), Role.ANALYST, null, null));
        assertThat(me(username, password)).isEqualTo(HttpStatus.OK);
    }

    @AfterEach
    void forgetTheLogin() {
        accounts.deleteById(username);
        jdbc.update("delete from login_failure where subject = ? or subject like 'address:%'", "user:" + username);
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasAccepted() {
        assertThat(me(username, "wrong-" + username)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(username, password + " ")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(username, password)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDisabledAccountIsRefusedWithItsRightPassword() {
        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertThat(me(username, password)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aChangedPasswordTakesEffectAtOnce() {
        String changed = "changed-" + username;
        jdbc.update("update user_account set password_hash = ? where username = ?", passwords.encode(changed), username);

        assertThat(me(username, password)).as("the old password").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(username, changed)).as("the new password").isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherUsersRightPasswordIsNoneOfThisUsers() {
        assertThat(me("admin", password)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me("admin", "admin")).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus me(String user, String secret) {
        return HttpStatus.valueOf(http.withBasicAuth(user, secret).getForEntity("/api/me", String.class).getStatusCode().value());
    }
}
