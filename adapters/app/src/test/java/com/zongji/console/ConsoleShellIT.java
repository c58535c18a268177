package com.zongji.console;

import static com.zongji.support.ConsoleBrowser.byTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.support.ConsoleIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in, each role's pages, the language switch, and the session's CSRF protection. */
class ConsoleShellIT extends ConsoleIT {

    @Test
    void theSiteLeadsAnonymousVisitorsToTheChineseLoginPage() {
        console.driver().manage().deleteAllCookies();
        console.driver().get(console.baseUrl() + "/");
        assertThat(console.find("login").getText()).isEqualTo("登录");
        assertThat(console.driver().getCurrentUrl()).endsWith("/console/login.html");
    }

    @Test
    void aWrongPasswordIsSaidSoAndSignsNobodyIn() {
        console.driver().manage().deleteAllCookies();
        console.driver().get(console.baseUrl() + "/console/login.html");
        console.find("username").sendKeys("liuli");
        console.find("password").sendKeys("not-the-password");
        console.click("login");
        assertThat(console.find("login-error").getText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void eachRoleSeesItsOwnPages() {
        assertThat(navOf("liuli")).containsExactly("拨号", "通话记录", "外部联系人");
        assertThat(navOf("admin")).hasSize(6).contains("分机", "通话报表");
        assertThat(navOf("analyst")).containsExactly("规则表", "流程图");
        assertThat(navOf("reviewer")).containsExactly("企业审核");
        assertThat(console.find("tasklist").getAttribute("href")).endsWith("/camunda/app/tasklist/");
        console.screenshot("reviewer-review");
    }

    @Test
    void theLanguageSwitchTurnsTheConsoleEnglishAndBack() {
        console.login("reviewer");
        console.click("lang-switch");
        console.waitFor(ExpectedConditions.textToBe(byTest("nav-review"), "Enterprise reviews"));
        assertThat(console.find("logout").getText()).isEqualTo("Sign out");
        console.click("lang-switch");
        console.waitFor(ExpectedConditions.textToBe(byTest("nav-review"), "企业审核"));
    }

    @Test
    void aChangeSentWithTheSessionButWithoutTheCsrfTokenIsRefused() {
        console.login("liuli");
        Object status = console.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/contacts', {method: 'POST', headers: {'Content-Type': 'application/json',
                    'X-Requested-With': 'XMLHttpRequest'}, body: JSON.stringify({number: '13800000000', name: 'x'})})
                  .then(r => done(r.status));
                """);
        assertThat(status).isEqualTo(403L);
    }

    @Test
    void signingOutEndsTheSession() {
        console.login("analyst");
        console.logout();
        console.driver().get(console.baseUrl() + "/console/");
        console.waitFor(ExpectedConditions.urlContains("/console/login.html"));
    }

    private List<String> navOf(String user) {
        console.login(user);
        return console.find("nav").findElements(org.openqa.selenium.By.tagName("a")).stream().map(WebElement::getText).toList();
    }
}
