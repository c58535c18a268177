package com.zongji.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.DisplayNumberPolicy;
import com.zongji.engine.call.MissedCallRepository;
import com.zongji.sip.Sipp;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * Callback calls over real SIP: 刘力 places a call through REST, sipp plays the carrier trunk, taking
 * the INVITE to her mobile (leg A) and then the one to the callee (leg B). Ring timeouts are 4 s here.
 */
class OutboundCallIT extends CallsOverSip {

    private static final Duration SETTLES = Duration.ofSeconds(10);

    @Autowired
    DisplayNumberPolicy display;
    @Autowired
    MissedCallRepository missedCalls;

    @Test
    void answeredCallShowsTheTableNumbersEndsOnTheCalleesByeAndIsBilled() throws Exception {
        String callee = "13900001001";
        try (Sipp.Running trunk = trunk("trunk-answer", 2, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", callee)).get("id").asLong();

            Sipp.Message a = trunk.await("INVITE to leg A", inviteReceived("A"), SETTLES);
            Sipp.Message b = trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            awaitStatus(id, "BRIDGED", SETTLES);
            // the callee hangs up after 2 s: the engine hangs up the employee
            trunk.await("BYE to leg A", requestReceived("BYE", a), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            JsonNode ended = awaitStatus(id, "ENDED", SETTLES);

            String legAShows = display.legA(LIULI_MOBILE, OFFICE_NUMBER).number();
            assertThat(a.requestUser()).isEqualTo(LIULI_MOBILE);
            assertThat(a.userOf("From")).isEqualTo(legAShows);
            assertThat(a.userOf("P-Asserted-Identity")).isEqualTo(legAShows);
            assertThat(b.requestUser()).isEqualTo(callee);
            assertThat(b.userOf("From")).isEqualTo(OFFICE_NUMBER);
            assertThat(b.userOf("P-Asserted-Identity")).isEqualTo(OFFICE_NUMBER);
            assertThat(b.since(a)).as("leg B is placed once leg A answered").isPositive();

            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(trunkEnd.successfulCalls()).as("%s", trunkEnd).isEqualTo(2);
            assertThat(ended.get("endReason").asText()).isEqualTo("HUNG_UP");
            assertThat(ended.get("durationSeconds").asInt()).isBetween(1, 4);
            assertThat(ended.get("billedMinutes").asInt()).isEqualTo(1);
            assertThat(ended.get("costThousandths").asLong()).isPositive();
            assertThat(leg(ended, "A").get("shows").asText()).isEqualTo(legAShows);
            assertThat(leg(ended, "B").get("shows").asText()).isEqualTo(OFFICE_NUMBER);
            assertThat(leg(ended, "A").get("state").asText()).isEqualTo("ENDED");
            assertThat(leg(ended, "B").get("state").asText()).isEqualTo("ENDED");
        }
    }

    @Test
    void hangingUpThroughRestEndsBothLegs() throws Exception {
        try (Sipp.Running trunk = trunk("trunk-answer-hold", 2, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", "13900001007")).get("id").asLong();
            Sipp.Message a = trunk.await("INVITE to leg A", inviteReceived("A"), SETTLES);
            Sipp.Message b = trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            awaitStatus(id, "BRIDGED", SETTLES);
            Thread.sleep(1500); // talking: a call connected for no whole second is billed nothing

            var hangUp = liuli().exchange("/api/calls/" + id, HttpMethod.DELETE, null, String.class);

            assertThat(hangUp.getStatusCode().value()).isEqualTo(202);
            trunk.await("BYE to leg A", requestReceived("BYE", a), SETTLES);
            trunk.await("BYE to leg B", requestReceived("BYE", b), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            JsonNode ended = awaitStatus(id, "ENDED", SETTLES);
            assertThat(ended.get("endReason").asText()).isEqualTo("HUNG_UP");
            assertThat(ended.get("billedMinutes").asInt()).isEqualTo(1);
        }
    }

    /** The console's event stream tells every step: legs placed and answered, bridged, ended. */
    @Test
    void theEventStreamFollowsTheCall() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/calls/events"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("liuli:liuli".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
        CompletableFuture<HttpResponse<InputStream>> response = HttpClient.newHttpClient()
                .sendAsync(subscribe, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> readEvents(response, events), "event-stream-reader");
        reader.start();
        try (Sipp.Running trunk = trunk("trunk-answer", 2, Duration.ofSeconds(30))) {
            Thread.sleep(500); // the subscription is registered before the call starts
            long id = liuliCalls(Map.of("number", "13900001008")).get("id").asLong();
            awaitStatus(id, "ENDED", SETTLES);
            assertThat(trunk.awaitEnd(SETTLES).exitCode()).isZero();

            long deadline = System.nanoTime() + SETTLES.toNanos();
            while (events.stream().noneMatch(event -> event.contains("\"callId\":" + id + ",") && event.contains("\"ENDED\""))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<String> ofThisCall = events.stream().filter(event -> event.contains("\"callId\":" + id + ",")).toList();
            assertThat(ofThisCall).as("%s", events)
                    .anyMatch(event -> event.contains("\"leg\":\"A\"") && event.contains("\"legState\":\"ANSWERED\""))
                    .anyMatch(event -> event.contains("\"leg\":\"B\"") && event.contains("\"legState\":\"ANSWERED\""))
                    .anyMatch(event -> event.contains("\"status\":\"BRIDGED\""))
                    .anyMatch(event -> event.contains("\"status\":\"ENDED\"") && event.contains("\"endReason\":\"HUNG_UP\""));
        } finally {
            response.thenAccept(stream -> close(stream.body()));
            response.cancel(true);
            reader.join(5_000);
        }
    }

    @Test
    void busyCalleeIsAMissedCallRememberedAndFree() throws Exception {
        String callee = "13900001002";
        Instant before = Instant.now().minusSeconds(1);
        try (Sipp.Running trunk = trunk("trunk-callee-busy", 2, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", callee)).get("id").asLong();

            Sipp.Message a = trunk.await("INVITE to leg A", inviteReceived("A"), SETTLES);
            trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            trunk.await("BYE to leg A", requestReceived("BYE", a), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            JsonNode missed = awaitStatus(id, "MISSED", SETTLES);

            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(missed.get("endReason").asText()).isEqualTo("CALLEE_BUSY");
            assertThat(leg(missed, "B").get("failure").asText()).isEqualTo("BUSY");
            assertNothingCharged(missed);
            assertThat(missedCalls.findFirstByEnterpriseIdAndNumberAndDirectionAndMissedAtAfterOrderByMissedAtDesc(
                    enterpriseId(), callee, CallDirection.OUTBOUND, before))
                    .hasValueSatisfying(remembered -> assertThat(remembered.getEmployeeId())
                            .isEqualTo(employeeNamed("刘力").get("id").asLong()));
        }
    }

    @Test
    void calleeRingingPastTheTimeoutIsCancelledAndMissed() throws Exception {
        try (Sipp.Running trunk = trunk("trunk-callee-no-answer", 2, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", "13900001003")).get("id").asLong();

            Sipp.Message a = trunk.await("INVITE to leg A", inviteReceived("A"), SETTLES);
            Sipp.Message b = trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            Sipp.Message cancel = trunk.await("CANCEL of leg B", requestReceived("CANCEL", b), SETTLES);
            trunk.await("BYE to leg A", requestReceived("BYE", a), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            JsonNode missed = awaitStatus(id, "MISSED", SETTLES);

            assertThat(cancel.since(b)).as("the 4 s ring timeout of the tests")
                    .isBetween(Duration.ofMillis(3800), Duration.ofMillis(5500));
            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(missed.get("endReason").asText()).isEqualTo("CALLEE_NO_ANSWER");
            assertThat(leg(missed, "B").get("failure").asText()).isEqualTo("NO_ANSWER");
            assertNothingCharged(missed);
        }
    }

    @Test
    void employeeHangingUpBeforeTheCalleeAnswersCancelsTheCallee() throws Exception {
        try (Sipp.Running trunk = trunk("trunk-employee-hangs-up-early", 2, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", "13900001004")).get("id").asLong();

            Sipp.Message b = trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            trunk.await("CANCEL of leg B", requestReceived("CANCEL", b), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            JsonNode failed = awaitStatus(id, "FAILED", SETTLES);

            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(failed.get("endReason").asText()).isEqualTo("EMPLOYEE_HUNG_UP_EARLY");
            assertNothingCharged(failed);
        }
    }

    @Test
    void trunkFailingLegAFailsTheCall() throws Exception {
        try (Sipp.Running trunk = trunk("trunk-unavailable", 1, Duration.ofSeconds(30))) {
            long id = liuliCalls(Map.of("number", "13900001005")).get("id").asLong();

            JsonNode failed = awaitStatus(id, "FAILED", SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);

            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(trunkEnd.messages()).filteredOn(message -> message.isRequest("INVITE"))
                    .as("no leg B after leg A failed").hasSize(1);
            assertThat(failed.get("endReason").asText()).isEqualTo("TRUNK_FAILURE");
            assertThat(leg(failed, "A").get("failure").asText()).isEqualTo("TRUNK_FAILURE");
            assertNothingCharged(failed);
        }
    }

    /**
     * With a quota of one minute the engine hangs up both legs a minute after they were connected. Placed
     * in a month of its own, so that minutes billed by the other tests do not count against the quota.
     */
    @Test
    void callIsCutWhenTheQuotaRunsOut() throws Exception {
        long liuli = employeeNamed("刘力").get("id").asLong();
        JsonNode quotaBefore = admin().getForObject("/api/employees/" + liuli + "/quota", JsonNode.class);
        clock.set(Instant.parse("2027-03-02T02:00:00Z"));
        try (Sipp.Running trunk = trunk("trunk-answer-hold", 2, Duration.ofSeconds(100))) {
            setQuota(liuli, 1);
            long id = liuliCalls(Map.of("number", "13900001006")).get("id").asLong();

            Sipp.Message a = trunk.await("INVITE to leg A", inviteReceived("A"), SETTLES);
            Sipp.Message b = trunk.await("INVITE to leg B", inviteReceived("B"), SETTLES);
            Sipp.Message bAnswered = trunk.await("200 OK of leg B", responseSent(200, b), SETTLES);
            awaitStatus(id, "BRIDGED", SETTLES);
            Sipp.Message byeB = trunk.await("BYE to leg B", requestReceived("BYE", b), Duration.ofSeconds(75));
            trunk.await("BYE to leg A", requestReceived("BYE", a), SETTLES);
            Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
            JsonNode cut = awaitStatus(id, "ENDED", SETTLES);

            assertThat(byeB.since(bAnswered)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(62));
            assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
            assertThat(cut.get("endReason").asText()).isEqualTo("CUT_AT_LIMIT");
            assertThat(cut.get("allowedMinutes").asLong()).isEqualTo(1);
            assertThat(cut.get("billedMinutes").asInt()).isEqualTo(1);
        } finally {
            clock.reset();
            setQuota(liuli, quotaBefore.get("ownMinutes").isNull() ? null : quotaBefore.get("ownMinutes").asInt());
        }
    }

    private static void readEvents(CompletableFuture<HttpResponse<InputStream>> response, List<String> events) {
        try (var lines = new BufferedReader(new InputStreamReader(response.join().body(), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> line.startsWith("data:")).forEach(events::add);
        } catch (IOException | UncheckedIOException | CancellationException | CompletionException closedByTheTest) {
            // the test has what it needs
        }
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException alreadyClosed) {
            // nothing to release
        }
    }

    private void setQuota(long employeeId, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        var response = admin().exchange("/api/employees/" + employeeId + "/quota", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response.getBody()).isTrue();
    }

    private long enterpriseId() {
        return admin().getForObject("/api/enterprise", JsonNode.class).get("id").asLong();
    }

    private static void assertNothingCharged(JsonNode call) {
        assertThat(call.get("billedMinutes").asInt()).isZero();
        assertThat(call.get("costThousandths").asLong()).isZero();
    }
}
