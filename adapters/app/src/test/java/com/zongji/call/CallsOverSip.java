package com.zongji.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.sip.Sipp;
import com.zongji.support.EngineIT;
import com.zongji.support.ShiftableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the end-to-end call tests share: sipp as the carrier trunk ({@code TRUNK_PORT}) and as outside
 * callers, the demo enterprise through REST, and waiting for a call to reach a state.
 */
abstract class CallsOverSip extends EngineIT {

    static final String OFFICE_NUMBER = "02787654321";
    static final String LIULI_MOBILE = "18627000001";
    static final String MANUAL_SERVICE_MOBILE = "15627000002";
    /** A Tuesday morning in Wuhan: inside the platform's default service hours. */
    static final OffsetDateTime WORKING_HOURS = OffsetDateTime.parse("2026-09-29T10:00:00+08:00");
    /** A 20 ms packet of G.711 is 160 bytes: 8 000 bytes a second. */
    private static final double G711_BYTES_PER_SECOND = 8000;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ShiftableClock clock;
    @Autowired
    CallRecordRepository records;

    TestRestTemplate admin() {
        return http.withBasicAuth("admin", "admin");
    }

    TestRestTemplate liuli() {
        return http.withBasicAuth("liuli", "liuli");
    }

    JsonNode employeeNamed(String name) {
        JsonNode employees = admin().getForObject("/api/employees", JsonNode.class);
        return StreamSupport.stream(employees.spliterator(), false)
                .filter(employee -> name.equals(employee.get("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No employee " + name + " in " + employees));
    }

    /** Places a callback call as 刘力 and returns it as created. */
    JsonNode liuliCalls(Map<String, Object> callee) {
        var created = liuli().postForEntity("/api/calls", callee, JsonNode.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return created.getBody();
    }

    JsonNode call(long id) {
        return admin().getForObject("/api/calls/" + id, JsonNode.class);
    }

    /** Polls the call until {@code reached}; fails with its last state otherwise. */
    JsonNode awaitCall(long id, String what, Predicate<JsonNode> reached, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode call = call(id);
        while (!reached.test(call)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Call " + id + " not " + what + " within " + within + ": " + call.toPrettyString());
            }
            Thread.sleep(50);
            call = call(id);
        }
        return call;
    }

    JsonNode awaitStatus(long id, String status, Duration within) throws InterruptedException {
        return awaitCall(id, status, call -> status.equals(call.get("status").asText()), within);
    }

    /** The latest inbound call from {@code caller}, as soon as the engine has recorded it. */
    long inboundCallFrom(String caller, Duration within) throws InterruptedException {
        // From the records, not the API's latest 200 calls: these tests date their calls in 2026-09, and
        // other tests (the SIP fuzzer) may have placed hundreds of calls dated later.
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            var found = records.findAll().stream()
                    .filter(call -> call.getDirection() == CallDirection.INBOUND && caller.equals(call.getCallerNumber()))
                    .mapToLong(CallRecord::getId).max();
            if (found.isPresent()) {
                return found.getAsLong();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No inbound call from " + caller + " within " + within);
    }

    static JsonNode leg(JsonNode call, String name) {
        return StreamSupport.stream(call.get("legs").spliterator(), false)
                .filter(leg -> name.equals(leg.get("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No leg " + name + " in " + call.toPrettyString()));
    }

    /** The carrier trunk taking {@code calls} legs the engine places, playing {@code scenario}. */
    static Sipp.Running trunk(String scenario, int calls, Duration timeout) throws IOException {
        return Sipp.scenario(scenario).calls(calls).timeout(timeout).uas(TRUNK_PORT);
    }

    /** An outside caller calling the office number, pressing {@code keys}. */
    static Sipp.Running caller(String number, Sipp.Keys keys) throws IOException {
        return Sipp.scenario("caller").key("caller", number).key("office", OFFICE_NUMBER).keys(keys)
                .timeout(Duration.ofSeconds(90)).uac(SIP_PORT);
    }

    static Predicate<Sipp.Message> inviteReceived(String leg) {
        return message -> message.received() && message.isRequest("INVITE") && leg.equals(message.leg());
    }

    static Predicate<Sipp.Message> requestReceived(String method, Sipp.Message inDialogOf) {
        return message -> message.received() && message.isRequest(method) && message.callId().equals(inDialogOf.callId());
    }

    static Predicate<Sipp.Message> responseSent(int status, Sipp.Message to) {
        return message -> message.sent() && message.isResponse(status, "INVITE") && message.callId().equals(to.callId());
    }

    static Predicate<Sipp.Message> answerReceived() {
        return message -> message.received() && message.isResponse(200, "INVITE");
    }

    /** How long a recording in {@code prompts/} plays: its µ-law data at 8 000 bytes a second. */
    static Duration promptLength(String recording) throws IOException {
        try (InputStream wav = CallsOverSip.class.getResourceAsStream("/prompts/" + recording + ".wav")) {
            assertThat(wav).as("prompt %s", recording).isNotNull();
            ByteBuffer bytes = ByteBuffer.wrap(wav.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int chunk = 12; // after "RIFF", size, "WAVE"
            while (chunk + 8 <= bytes.limit()) {
                String id = new String(bytes.array(), chunk, 4, StandardCharsets.US_ASCII);
                int size = bytes.getInt(chunk + 4);
                if ("data".equals(id)) {
                    return Duration.ofMillis(Math.round(size / G711_BYTES_PER_SECOND * 1000));
                }
                chunk += 8 + size + (size & 1);
            }
            throw new AssertionError("No data chunk in prompt " + recording);
        }
    }
}
