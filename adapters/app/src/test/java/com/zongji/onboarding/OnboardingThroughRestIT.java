package com.zongji.onboarding;

import static com.zongji.onboarding.OnboardingFixtures.PASSWORD;
import static com.zongji.onboarding.OnboardingFixtures.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.onboarding.ReviewDecision;
import com.zongji.engine.onboarding.ReviewDecisionRepository;
import com.zongji.support.EngineIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Onboarding end to end as its two people do it: the admin through /api/onboarding, the carrier's
 * reviewer through Camunda's REST API (what Tasklist calls) with the reviewer login.
 */
class OnboardingThroughRestIT extends EngineIT {

    @Autowired TestRestTemplate http;
    @Autowired OnboardingFixtures fixtures;
    @Autowired ReviewDecisionRepository reviews;

    @Test
    void anAdminAppliesIsRejectedResubmitsIsApprovedPicksANumberAndTheAccountOpens() {
        long id = fixtures.applyingEnterprise("武汉");
        TestRestTemplate admin = http.withBasicAuth(admin(id), PASSWORD);

        ResponseEntity<JsonNode> applied = admin.postForEntity("/api/onboarding", application("武汉市洪山区珞喻路1号"), JsonNode.class);
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(applied.getBody().get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(applied.getBody().get("currentStep").asText()).isEqualTo("运营商审核企业资料");
        assertThat(applied.getBody().get("reviewDue").isNull()).isFalse();

        String firstReview = reviewerFindsTheTaskOf(id);
        JsonNode form = reviewer().getForObject("/engine-rest/task/" + firstReview + "/form-variables", JsonNode.class);
        assertThat(form.get("companyAddress").get("value").asText()).isEqualTo("武汉市洪山区珞喻路1号");
        reviewerSubmits(firstReview, Map.of(
                "approved", Map.of("value", false, "type", "Boolean"),
                "rejectionReason", Map.of("value", "公司地址须与营业执照一致", "type", "String")));

        JsonNode rejected = admin.getForObject("/api/onboarding", JsonNode.class);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).isEqualTo("公司地址须与营业执照一致");
        assertThat(rejected.get("notifications").toString()).contains("公司地址须与营业执照一致");

        JsonNode resubmitted = admin.postForObject("/api/onboarding/resubmit", application("武汉市洪山区珞喻路99号"), JsonNode.class);
        assertThat(resubmitted.get("status").asText()).isEqualTo("UNDER_REVIEW");

        String secondReview = reviewerFindsTheTaskOf(id);
        reviewerSubmits(secondReview, Map.of("approved", Map.of("value", true, "type", "Boolean")));
        JsonNode approved = admin.getForObject("/api/onboarding", JsonNode.class);
        assertThat(approved.get("status").asText()).isEqualTo("SELECTING_NUMBER");
        assertThat(approved.get("numberSelectionReached").asBoolean()).isTrue();

        JsonNode offer = admin.getForObject("/api/onboarding/numbers", JsonNode.class);
        String number = offer.get("numbers").get(0).asText();
        assertThat(admin.postForEntity("/api/onboarding/numbers/pick", Map.of("number", number), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(admin.postForEntity("/api/onboarding/numbers/confirm", null, JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();

        JsonNode opened = admin.getForObject("/api/onboarding", JsonNode.class);
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("officeNumber").asText()).isEqualTo(number);
        assertThat(opened.get("currentStep").isNull()).isTrue();
        assertThat(opened.get("notifications").toString()).contains("办公电话已开通");
        JsonNode history = reviewer().getForObject(
                "/engine-rest/history/task?processInstanceBusinessKey=" + id + "&taskDefinitionKey=Task_ReviewEnterprise&finished=true",
                JsonNode.class);
        assertThat(history).hasSize(2);
        assertThat(reviews.findByEnterpriseIdOrderById(id))
                .extracting(ReviewDecision::getReviewer, ReviewDecision::isApproved)
                .containsExactly(tuple("reviewer", false), tuple("reviewer", true));
    }

    @Test
    void onboardingIsForEnterpriseAdminsOnlyAndShowsTheirOwnEnterprise() {
        assertThat(http.withBasicAuth("liuli", "liuli").getForEntity("/api/onboarding", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reviewer().postForEntity("/api/onboarding", application("地址"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode demoApplicant = http.withBasicAuth("admin-c", "admin-c").getForObject("/api/onboarding", JsonNode.class);
        assertThat(demoApplicant.get("status").asText()).isEqualTo("APPLYING");
        JsonNode openDemo = http.withBasicAuth("admin", "admin").getForObject("/api/onboarding", JsonNode.class);
        assertThat(openDemo.get("status").asText()).isEqualTo("OPEN");
        assertThat(openDemo.get("officeNumber").asText()).isEqualTo("02787654321");
    }

    @Test
    void anOpenEnterpriseCannotApplyAgainAndMaterialsNobodyAskedForAreRefused() {
        ResponseEntity<JsonNode> again = http.withBasicAuth("admin", "admin")
                .postForEntity("/api/onboarding", application("武汉市"), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> materials = http.withBasicAuth("admin-c", "admin-c")
                .postForEntity("/api/onboarding/materials", Map.of("companyAddress", "武汉市"), JsonNode.class);
        assertThat(materials.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theDemoReviewerSignsInToCamundaTasklist() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        String csrf = cookie(page.getHeaders(), "XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", csrf);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + cookie(page.getHeaders(), "JSESSIONID"));
        MultiValueMap<String, String> login = new LinkedMultiValueMap<>();
        login.add("username", "reviewer");
        login.add("password", "reviewer");

        ResponseEntity<JsonNode> signedIn = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(login, headers), JsonNode.class);

        assertThat(signedIn.getStatusCode()).as("%s", signedIn.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(signedIn.getBody().get("userId").asText()).isEqualTo("reviewer");
        assertThat(signedIn.getBody().get("authorizedApps").toString()).contains("tasklist");
        JsonNode filters = reviewer().getForObject("/engine-rest/filter?resourceType=Task", JsonNode.class);
        assertThat(filters).extracting(filter -> filter.get("name").asText()).contains("待审核企业");
    }

    private String reviewerFindsTheTaskOf(long enterpriseId) {
        JsonNode found = reviewer().getForObject(
                "/engine-rest/task?candidateGroup=reviewers&processInstanceBusinessKey=" + enterpriseId, JsonNode.class);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewEnterprise");
        assertThat(found.get(0).get("due").isNull()).isFalse();
        return found.get(0).get("id").asText();
    }

    /** Claims the task first, as Tasklist makes its user do, so the decision names its reviewer. */
    private void reviewerSubmits(String taskId, Map<String, Object> variables) {
        assertThat(reviewer().postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "reviewer"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> submitted = reviewer().postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables), String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private TestRestTemplate reviewer() {
        return http.withBasicAuth("reviewer", "reviewer");
    }

    private static Map<String, Object> application(String companyAddress) {
        return Map.of("organizationType", "COMPANY", "province", "湖北", "city", "武汉",
                "certifiedOn", "2019-03-01", "companyAddress", companyAddress);
    }

    private static String cookie(HttpHeaders headers, String name) {
        List<String> cookies = headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return cookies.stream().filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().orElse("");
    }
}
