package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.adapters.web.call.CallAdmission;
import com.zongji.adapters.web.call.CallAdmissionLimits;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.support.EngineIT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A node placing as many callback calls as its bound allows (lowered to one for the test, the one held by the
 * test itself) turns the next POST /api/calls away at once with 503 and Retry-After and places nothing; sign-in
 * still comes first, and once the place is free calls are decided again.
 */
class CallAdmissionIT extends EngineIT {

    private static final String CALLEE = "13900009503";

    @Autowired
    CallAdmission admission;

    @Autowired
    CallRecordRepository records;

    @Autowired
    TestRestTemplate http;

    private CallAdmissionLimits shipped;

    @BeforeEach
    void oneCallAtATime() {
        shipped = admission.limits();
        admission.setLimits(new CallAdmissionLimits(1, Duration.ofSeconds(9)));
    }

    @AfterEach
    void restoreTheLimits() {
        admission.setLimits(shipped);
    }

    @Test
    void aNodePlacingAllItMayAnswers503WithRetryAfterAndPlacesNothing() {
        TestRestTemplate liuli = http.withBasicAuth("liuli", "liuli");

        ResponseEntity<JsonNode> refused = admission.place(() ->
                liuli.postForEntity("/api/calls", Map.of("number", CALLEE), JsonNode.class));
        ResponseEntity<String> anonymous = admission.place(() ->
                http.postForEntity("/api/calls", Map.of("number", CALLEE), String.class));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("9");
        assertThat(refused.getBody().get("detail").asText()).startsWith("系统繁忙，请 9 秒后重试");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(records.findAll()).noneMatch(call -> CALLEE.equals(call.getCalleeNumber()));

        ResponseEntity<JsonNode> decided = liuli.postForEntity("/api/calls", Map.of("number", "0044201234567"), JsonNode.class);
        assertThat(decided.getStatusCode()).as("%s", decided.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
