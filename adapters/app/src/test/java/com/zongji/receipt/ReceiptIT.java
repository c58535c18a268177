package com.zongji.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import com.zongji.support.TestPaymentProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** A paid recharge's receipt: issued once, listed for the own enterprise's admin, downloaded as a Chinese PDF. */
class ReceiptIT extends EngineIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void aPaidRechargeHasExactlyOneReceiptEvenWhenTheNotificationIsRepeated() {
        String order = startRecharge("1000");

        pay(order, "1000.00");
        pay(order, "1000.00");

        List<JsonNode> receipts = receiptsOf(order);
        assertThat(receipts).hasSize(1);
        JsonNode receipt = receipts.get(0);
        assertThat(receipt.get("receiptNumber").asText()).matches("ZJ-\\d{4}-\\d{6}");
        assertThat(receipt.get("amountYuan").asText()).isEqualTo("1000.000");
        assertThat(receipt.get("bonusYuan").asText()).isEqualTo("100.000");
        assertThat(receipt.get("paymentReference").asText()).isEqualTo("2026" + order);
    }

    @Test
    void aRechargeNotYetPaidHasNoReceipt() {
        String order = startRecharge("50");

        assertThat(receiptsOf(order)).isEmpty();
    }

    @Test
    void receiptsOfOneYearAreNumberedOneAfterAnother() {
        String first = startRecharge("10");
        String second = startRecharge("20");

        pay(first, "10.00");
        pay(second, "20.00");

        String firstNumber = receiptsOf(first).get(0).get("receiptNumber").asText();
        String secondNumber = receiptsOf(second).get(0).get("receiptNumber").asText();
        assertThat(secondNumber.substring(0, 8)).isEqualTo(firstNumber.substring(0, 8));
        assertThat(Long.parseLong(secondNumber.substring(8))).isEqualTo(Long.parseLong(firstNumber.substring(8)) + 1);
    }

    @Test
    void theReceiptDownloadsAsAPdfThatReadsInChinese() throws IOException {
        String order = startRecharge("1000");
        pay(order, "1000.00");
        String number = receiptsOf(order).get(0).get("receiptNumber").asText();

        ResponseEntity<byte[]> pdf = as("admin").getForEntity("/api/receipts/" + number + ".pdf", byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(number + ".pdf");
        assertThat(textOf(pdf.getBody())).contains("收据", "武汉总机演示科技有限公司", number, order, "¥1000.000",
                "¥100.000", "2026" + order);
    }

    @Test
    void anotherEnterprisesAdminNeitherListsNorDownloadsTheReceipt() {
        String order = startRecharge("1000");
        pay(order, "1000.00");
        String number = receiptsOf(order).get(0).get("receiptNumber").asText();

        assertThat(as("admin-b").getForObject("/api/receipts", JsonNode.class))
                .extracting(r -> r.get("receiptNumber").asText()).doesNotContain(number);
        ResponseEntity<String> download = as("admin-b").getForEntity("/api/receipts/" + number + ".pdf", String.class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEmployeeCannotSeeReceipts() {
        String order = startRecharge("1000");
        pay(order, "1000.00");
        String number = receiptsOf(order).get(0).get("receiptNumber").asText();

        assertThat(as("liuli").getForEntity("/api/receipts", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("liuli").getForEntity("/api/receipts/" + number + ".pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<JsonNode> receiptsOf(String orderNumber) {
        List<JsonNode> receipts = new ArrayList<>();
        for (JsonNode receipt : as("admin").getForObject("/api/receipts", JsonNode.class)) {
            if (receipt.get("orderNumber").asText().equals(orderNumber)) {
                receipts.add(receipt);
            }
        }
        return receipts;
    }

    private String startRecharge(String yuan) {
        ResponseEntity<JsonNode> started = as("admin").postForEntity("/api/recharges", Map.of("amountYuan", yuan), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return started.getBody().get("orderNumber").asText();
    }

    /** The payment provider's notification, signed as RechargeIT signs it. */
    private void pay(String orderNumber, String totalAmount) {
        Map<String, String> parameters = Map.of("out_trade_no", orderNumber, "total_amount", totalAmount,
                "trade_no", "2026" + orderNumber, "trade_status", "TRADE_SUCCESS", "app_id", "2021000000000001");
        String content = new TreeMap<>(parameters).entrySet().stream()
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        parameters.forEach(form::add);
        form.add("sign_type", "RSA2");
        form.add("sign", sign(content));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> answer = new TestRestTemplate().postForEntity(http.getRootUri() + "/api/payments/notify",
                new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getBody()).isEqualTo("success");
    }

    private static String sign(String content) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(TestPaymentProvider.KEYS.getPrivate());
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
