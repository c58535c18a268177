package com.zongji.console;

import static com.zongji.support.ConsoleBrowser.byTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.sip.Sipp;
import com.zongji.support.ConsoleIT;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * 刘力 in the employee console: dials from the pad and follows the call as sipp, playing the carrier
 * trunk, rings and answers her mobile (leg A) and then the callee (leg B); finds it in her history, marks it personal
 * with a note and saves the number as a contact; keeps a customer's notes; and reads it all in English.
 */
class EmployeeConsoleIT extends ConsoleIT {

    private static final Duration CALL_STEP = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void chineseAgain() {
        console.driver().executeScript("localStorage.removeItem('zongji.lang')");
    }

    @Test
    void liuliDialsFollowsTheCallHangsUpAndMarksItPersonalInHerHistory() throws Exception {
        String callee = newMobile();
        console.login("liuli");
        console.go("dial");
        long usedBefore = Long.parseLong(console.find("quota").getDomAttribute("data-used"));
        console.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("section[data-page=dial]"), "data-stream", "open"));
        long callId;
        try (Sipp.Running trunk = Sipp.scenario("trunk-ring-answer-hold").calls(2).timeout(Duration.ofSeconds(60)).uas(TRUNK_PORT)) {
            press(callee.substring(0, 7));
            console.find("dial-number").sendKeys(callee.substring(7) + "9");
            console.click("dial-backspace");
            assertThat(console.find("dial-number").getDomProperty("value")).isEqualTo(callee);
            console.click("dial-call");

            WebElement panel = console.find("call-panel");
            callId = Long.parseLong(panel.getDomAttribute("data-call-id"));
            try {
                console.waitFor(CALL_STEP, ExpectedConditions.textToBe(byTest("call-state"), "呼叫您的手机"));
                assertThat(console.find("call-callee").getText()).isEqualTo(callee);
                console.waitFor(CALL_STEP, ExpectedConditions.textToBe(byTest("call-state"), "正在呼叫对方"));
                console.waitFor(CALL_STEP, ExpectedConditions.textToBe(byTest("call-state"), "通话中"));
                console.waitFor(ExpectedConditions.textMatches(byTest("call-timer"), Pattern.compile("[1-9]\\d*秒")));
                assertThat(panel.getText()).doesNotContain("null");
                console.screenshot("employee-dial");

                console.click("hang-up");
                console.waitFor(CALL_STEP, ExpectedConditions.textToBe(byTest("call-state"), "已结束"));
            } finally {
                liuli().exchange("/api/calls/" + callId, HttpMethod.DELETE, null, String.class);
            }
            assertThat(console.find("call-end-reason").getText()).isEqualTo("通话已挂断");
            assertThat(panel.getDomAttribute("data-phases")).as("the states the page went through")
                    .isEqualTo("callingYou callingCallee talking ended");
            assertThat(console.find("call-summary").getText()).contains("通话时长").contains("元");
            assertThat(trunk.awaitEnd(CALL_STEP).exitCode()).isZero();
        }
        JsonNode ended = liuli().getForObject("/api/calls/" + callId, JsonNode.class);
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("endReason").asText()).isEqualTo("HUNG_UP");
        console.waitFor(ExpectedConditions.attributeToBe(byTest("quota"), "data-used",
                String.valueOf(usedBefore + ended.get("billedMinutes").asLong())));

        assertThat(console.find("quota").getText()).doesNotContain("null");

        console.go("history");
        WebElement row = console.find("history-table").findElement(By.cssSelector("tr[data-call-id='" + callId + "']"));
        assertThat(row.findElement(byTest("cdr-callee")).getText()).contains(callee);
        assertThat(row.findElement(byTest("cdr-identity")).getText()).isEqualTo("其他");
        row.findElement(byTest("mark")).click();
        console.click("mark-personal");
        console.find("mark-note").sendKeys("给家里打的电话");
        console.click("mark-save");
        console.waitFor(ExpectedConditions.textToBe(By.cssSelector("tr[data-call-id='" + callId + "'] [data-test=cdr-note]"),
                "给家里打的电话"));

        console.go("history");
        WebElement reloaded = console.find("history-table").findElement(By.cssSelector("tr[data-call-id='" + callId + "']"));
        assertThat(reloaded.findElement(byTest("cdr-personal")).getText()).isEqualTo("✓ 非公事");
        assertThat(reloaded.findElement(byTest("cdr-note")).getText()).isEqualTo("给家里打的电话");
        reloaded.findElement(byTest("save-contact")).click();
        console.find("contact-name").sendKeys("周先生");
        console.find("contact-company").sendKeys("江城建材");
        console.click("save-contact-submit");
        assertThat(console.find("toast").getText()).contains("周先生");
        assertThat(console.all("save-contact")).noneMatch(button -> String.valueOf(callId).equals(button.getDomAttribute("data-call-id")));
        console.screenshot("employee-history");

        JsonNode contacts = liuli().getForObject("/api/contacts", JsonNode.class);
        assertThat(StreamSupport.stream(contacts.spliterator(), false))
                .anyMatch(contact -> callee.equals(contact.get("number").asText()) && "周先生".equals(contact.get("name").asText()));
    }

    @Test
    void aCallThePermissionTableRefusesIsShownWithItsReasonAndPlacesNothing() {
        console.login("liuli");
        console.go("dial");
        console.find("dial-number").sendKeys("110");
        console.click("dial-call");

        WebElement error = console.find("error");
        assertThat(error.getDomAttribute("data-reason")).isEqualTo("EMERGENCY_NUMBER");
        assertThat(error.getText()).isEqualTo("无法发起通话：紧急电话请直接用手机拨打");
        assertThat(console.all("call-panel").get(0).isDisplayed()).isFalse();
    }

    @Test
    void searchFindsAColleagueByNameAndAContactByCompany() {
        console.login("liuli");
        console.go("dial");
        console.find("dial-search").sendKeys("穆伦");
        WebElement colleague = console.find("search-result");
        assertThat(colleague.getDomAttribute("data-kind")).isEqualTo("colleague");
        assertThat(colleague.findElement(byTest("result-name")).getText()).isEqualTo("穆伦");

        String company = "晴川物流" + ThreadLocalRandom.current().nextInt(1_000_000);
        String number = newMobile();
        var saved = liuli().postForEntity("/api/contacts", Map.of("name", "吴经理", "company", company, "number", number), JsonNode.class);
        assertThat(saved.getStatusCode().value()).isEqualTo(201);
        console.go("dial");
        console.find("dial-search").sendKeys(company);
        WebElement contact = console.find("search-result");
        assertThat(contact.getDomAttribute("data-kind")).isEqualTo("contact");
        assertThat(contact.getText()).contains("吴经理").contains(number);
    }

    @Test
    void aContactIsAddedEditedAndFollowedUpWithANoteOnItsTimeline() {
        String number = newMobile();
        console.login("liuli");
        console.go("contacts");
        console.find("new-contact-name").sendKeys("陈总");
        console.find("new-contact-company").sendKeys("汉口贸易");
        console.find("new-contact-number").sendKeys(number);
        console.click("new-contact-save");

        WebElement detail = console.find("contact-detail");
        console.waitFor(ExpectedConditions.textToBePresentInElement(detail, number));
        long id = Long.parseLong(detail.getDomAttribute("data-contact-id"));
        WebElement name = console.find("edit-name");
        name.clear();
        name.sendKeys("陈建国");
        console.click("edit-save");
        console.waitFor(ExpectedConditions.textToBe(By.cssSelector("tr[data-contact-id='" + id + "'] [data-test=contact-name]"), "陈建国"));
        assertThat(console.find("contacts-table").findElement(By.cssSelector("tr[data-contact-id='" + id + "'] [data-test=contact-manager]"))
                .getText()).isEqualTo("刘力");

        console.find("note-text").sendKeys("下周寄样品，月底前回访");
        console.click("note-save");
        console.waitFor(ExpectedConditions.textToBe(byTest("timeline-text"), "下周寄样品，月底前回访"));
        assertThat(console.find("timeline-entry").getDomAttribute("data-kind")).isEqualTo("NOTE");
        assertThat(console.find("timeline-entry").getText()).contains("刘力 的备注");
        console.screenshot("employee-contacts");

        JsonNode timeline = liuli().getForObject("/api/contacts/" + id + "/timeline", JsonNode.class);
        assertThat(timeline.get("contact").get("name").asText()).isEqualTo("陈建国");
        assertThat(timeline.get("entries").get(0).get("text").asText()).isEqualTo("下周寄样品，月底前回访");
    }

    @Test
    void inEnglishTheEmployeePagesSpeakEnglish() {
        console.login("liuli");
        console.go("dial");
        console.click("lang-switch");
        console.waitFor(ExpectedConditions.textToBe(byTest("nav-dial"), "Dial"));
        console.go("dial");
        assertThat(console.find("nav-history").getText()).isEqualTo("Call history");
        assertThat(console.find("nav-contacts").getText()).isEqualTo("External contacts");
        assertThat(console.find("dial-call").getText()).isEqualTo("Call");
        assertThat(console.find("quota").getText()).contains("My quota this month");
        console.find("dial-number").sendKeys("110");
        console.click("dial-call");
        assertThat(console.find("error").getText())
                .isEqualTo("The call cannot be placed: call emergency numbers from your mobile directly");

        console.go("history");
        assertThat(console.find("history-search").getText()).isEqualTo("Search");
        console.go("contacts");
        assertThat(console.find("new-contact-save").getText()).isEqualTo("Save");
        assertThat(console.find("new-contact").getText()).contains("New contact").contains("Account manager");
    }

    private void press(String digits) {
        digits.chars().forEach(digit -> console.find("key-" + (char) digit).click());
    }

    private TestRestTemplate liuli() {
        return http.withBasicAuth("liuli", "liuli");
    }

    /** A mobile number no demo employee or contact has. */
    private static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
