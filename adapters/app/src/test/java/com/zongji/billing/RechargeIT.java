package com.zongji.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import com.zongji.support.TestPaymentProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A recharge end to end: the admin's order, the provider's signed notification, the credited balance. */
class RechargeIT extends EngineIT {

    private static final KeyPair PROVIDER = TestPaymentProvider.KEYS;
    private static final KeyPair FORGER = TestPaymentProvider.newKeyPair();

    @Autowired
    TestRestTemplate http;

    @Test
    void aPaidRechargeOfAThousandYuanCreditsTheAmountAndItsBonus() {
        long before = balance();
        String order = startRecharge("1000");

        ResponseEntity<String> answer = notify(signed(notification(order, "1000.00"), PROVIDER.getPrivate()));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo("success");
        assertThat(balance() - before).isEqualTo(1_000_000 + 100_000);
        assertThat(orderOf(order).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void aNotificationRepeatedThreeTimesCreditsOnce() {
        long before = balance();
        String order = startRecharge("1000.00");
        MultiValueMap<String, String> notification = signed(notification(order, "1000.00"), PROVIDER.getPrivate());

        for (int repeat = 0; repeat < 3; repeat++) {
            ResponseEntity<String> answer = notify(notification);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).isEqualTo("success");
        }

        assertThat(balance() - before).isEqualTo(1_100_000);
    }

    @Test
    void aTamperedAmountIsRefusedAndCreditsNothing() {
        long before = balance();
        String order = startRecharge("1000");
        MultiValueMap<String, String> notification = signed(notification(order, "1000.00"), PROVIDER.getPrivate());
        notification.set("total_amount", "100000.00");

        assertThat(notify(notification).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(balance()).isEqualTo(before);
        assertThat(orderOf(order).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aNotificationSignedWithAnotherKeyIsRefusedAndCreditsNothing() {
        long before = balance();
        String order = startRecharge("1000");

        assertThat(notify(signed(notification(order, "1000.00"), FORGER.getPrivate())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(balance()).isEqualTo(before);
    }

    @Test
    void aCorrectlySignedAmountOtherThanTheOrdersIsRefused() {
        long before = balance();
        String order = startRecharge("1000");

        assertThat(notify(signed(notification(order, "999.99"), PROVIDER.getPrivate())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(balance()).isEqualTo(before);
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefused() {
        ResponseEntity<String> answer = as("admin").postForEntity("/api/recharges", Map.of("amountYuan", "10.005"), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("最多两位小数");
    }

    @Test
    void anotherEnterprisesAdminDoesNotSeeTheOrders() {
        String order = startRecharge("1000");

        JsonNode theirs = as("admin-b").getForObject("/api/recharges", JsonNode.class);

        assertThat(theirs).extracting(o -> o.get("orderNumber").asText()).doesNotContain(order);
        assertThat(as("admin").getForObject("/api/recharges", JsonNode.class))
                .extracting(o -> o.get("orderNumber").asText()).contains(order);
    }

    @Test
    void anEmployeeCannotStartARecharge() {
        assertThat(as("liuli").postForEntity("/api/recharges", Map.of("amountYuan", "1000"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String startRecharge(String yuan) {
        ResponseEntity<JsonNode> started = as("admin").postForEntity("/api/recharges", Map.of("amountYuan", yuan), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("orderNumber").asText();
    }

    private JsonNode orderOf(String orderNumber) {
        for (JsonNode order : as("admin").getForObject("/api/recharges", JsonNode.class)) {
            if (order.get("orderNumber").asText().equals(orderNumber)) {
                return order;
            }
        }
        throw new AssertionError("no order " + orderNumber);
    }

    private long balance() {
        return as("admin").getForObject("/api/account", JsonNode.class).get("balanceThousandths").asLong();
    }

    private ResponseEntity<String> notify(MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new TestRestTemplate().postForEntity(http.getRootUri() + "/api/payments/notify",
                new HttpEntity<>(form, headers), String.class);
    }

    private static Map<String, String> notification(String orderNumber, String totalAmount) {
        return Map.of("out_trade_no", orderNumber, "total_amount", totalAmount, "trade_no", "2026" + orderNumber,
                "trade_status", "TRADE_SUCCESS", "app_id", "2021000000000001");
    }

    private static MultiValueMap<String, String> signed(Map<String, String> parameters, PrivateKey key) {
        String content = new TreeMap<>(parameters).entrySet().stream()
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        parameters.forEach(form::add);
        form.add("sign_type", "RSA2");
        form.add("sign", sign(content, key));
        return form;
    }

    private static String sign(String content, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
