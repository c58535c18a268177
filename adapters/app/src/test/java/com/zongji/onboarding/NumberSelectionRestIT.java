package com.zongji.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.reliability.BadUploads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Two enterprises' admins of 恩施 choose their office numbers over REST; the carrier loads pools over REST. */
class NumberSelectionRestIT extends NumberSelectionSupport {

    @Autowired
    TestRestTemplate http;

    @Test
    void adminsSeeTheirCitysOfferPickConfirmAndAreRefusedANumberTakenByTheOther() {
        Enterprise a = enterpriseIn("湖北", "恩施");
        Enterprise b = enterpriseIn("湖北", "恩施");
        String adminA = adminOf(a);
        String adminB = adminOf(b);
        startSelection(a, "PT10M");
        ProcessInstance selectionB = startSelection(b, "PT10M");

        JsonNode offer = as(adminA).getForObject("/api/onboarding/numbers", JsonNode.class);
        assertThat(offer.get("city").asText()).isEqualTo("恩施");
        List<String> offered = texts(offer.get("numbers"));
        assertThat(offered).hasSize(40).allMatch(number -> number.startsWith("0718"));
        String wanted = offered.get(0);

        ResponseEntity<JsonNode> picked = pick(adminA, wanted);
        assertThat(picked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(picked.getBody().get("number").asText()).isEqualTo(wanted);
        assertThat(as(adminA).getForObject("/api/onboarding/numbers", JsonNode.class)
                .get("reservation").get("number").asText()).isEqualTo(wanted);

        ResponseEntity<JsonNode> taken = pick(adminB, wanted);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().get("detail").asText()).contains("刚被其他企业选走");
        assertThat(texts(as(adminB).getForObject("/api/onboarding/numbers", JsonNode.class).get("numbers"))).doesNotContain(wanted);
        assertThat(pick(adminB, "07180000000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pick(adminB, "02166668800").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pick(adminB, " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> confirmed = as(adminA).postForEntity("/api/onboarding/numbers/confirm", null, JsonNode.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getBody().get("officeNumber").asText()).isEqualTo(wanted);
        assertThat(as(adminA).getForObject("/api/onboarding/numbers", JsonNode.class).get("officeNumber").asText()).isEqualTo(wanted);
        assertThat(pick(adminA, offered.get(1)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as(adminB).postForEntity("/api/onboarding/numbers/confirm", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(number(wanted).getEnterpriseId()).isEqualTo(a.getId());
        runtime.deleteProcessInstance(selectionB.getId(), "test over");
    }

    @Test
    void twoAdminsPickingOneNumberAtOnceOverRestGetOneOkAndOneConflict() throws Exception {
        Enterprise a = enterpriseIn("湖北", "恩施");
        Enterprise b = enterpriseIn("湖北", "恩施");
        List<String> admins = List.of(adminOf(a), adminOf(b));
        ProcessInstance selectionA = startSelection(a, "PT10M");
        ProcessInstance selectionB = startSelection(b, "PT10M");
        String wanted = selection.offer(a.getId(), "恩施").get(0);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<HttpStatus>> answers = new ArrayList<>();
        for (String admin : admins) {
            answers.add(threads.submit(() -> {
                go.await();
                return HttpStatus.valueOf(pick(admin, wanted).getStatusCode().value());
            }));
        }
        go.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        threads.shutdownNow();

        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        assertThat(number(wanted).getStatus()).isEqualTo(NumberStatus.RESERVED);
        assertThat(number(wanted).getEnterpriseId()).isIn(a.getId(), b.getId());
        runtime.deleteProcessInstance(selectionA.getId(), "test over");
        runtime.deleteProcessInstance(selectionB.getId(), "test over");
        selection.release(number(wanted).getEnterpriseId(), wanted);
    }

    @Test
    void theCarrierLoadsAPoolAndABadRowImportsNothing() {
        String pool = "number,province,city\n02866001100,四川,成都\n02866001101,四川,成都\n";
        String bad = "number,province,city\n02866001102,四川,成都\n2866001103,四川,成都\n";

        ResponseEntity<JsonNode> refused = csv("reviewer", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("第 3 行");
        assertThat(numbers.existsById("02866001102")).isFalse();

        ResponseEntity<JsonNode> loaded = csv("reviewer", pool);
        assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(number("02866001100").getCity()).isEqualTo("成都");
        assertThat(csv("reviewer", pool).getBody().get("alreadyPresent").asInt()).isEqualTo(2);
        assertThat(csv("admin", pool).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOversizedPoolIsRefusedWithTheLimitAndImportsNothing() {
        StringBuilder pool = new StringBuilder("number,province,city\n02866001200,四川,成都\n");
        for (int n = 0; pool.length() <= BadUploads.LIMIT; n++) {
            pool.append("0286700").append(String.format("%04d", n % 10_000)).append(",四川,成都\n");
        }

        ResponseEntity<JsonNode> refused = BadUploads.answerTo(() -> csv("reviewer", pool.toString()));

        BadUploads.assertRefusedAsTooLarge(refused);
        assertThat(numbers.existsById("02866001200")).isFalse();
    }

    private ResponseEntity<JsonNode> pick(String admin, String number) {
        return as(admin).postForEntity("/api/onboarding/numbers/pick", Map.of("number", number), JsonNode.class);
    }

    private ResponseEntity<JsonNode> csv(String login, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return as(login).postForEntity("/api/number-pools", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private TestRestTemplate as(String login) {
        return http.withBasicAuth(login, login);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
