package com.zongji.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.sip.Sipp;
import com.zongji.sip.Sipp.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Calls to the office number over real SIP, run by inbound-call.bpmn: sipp calls in as the outside caller
 * (pressing keys as RFC 4733 events or SIP INFO) and plays the carrier trunk, where the engine rings
 * employees' mobiles. Every test calls from a number of its own, so that no test's missed calls route
 * another's. The clock is set to working hours unless a test says otherwise.
 */
class InboundCallIT extends CallsOverSip {

    private static final Duration SETTLES = Duration.ofSeconds(10);
    /** Generous: prompts, a timeout and a ring add up to some 25 s in the longest case. */
    private static final Duration FLOW = Duration.ofSeconds(40);

    @BeforeEach
    void inWorkingHours() {
        clock.set(WORKING_HOURS.toInstant());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void extensionDialledAsRtpEventsRingsThatEmployeesMobileAndConnects() throws Exception {
        JsonNode rongCai = employeeNamed("荣彩");
        assertCallerIsConnectedTo(rongCai.get("mobile").asText(), "13907100101",
                Keys.rtpEvents().press(rongCai.get("extension").asText()));
    }

    @Test
    void extensionDialledAsSipInfoRingsThatEmployeesMobileAndConnects() throws Exception {
        JsonNode xiLing = employeeNamed("西灵");
        assertCallerIsConnectedTo(xiLing.get("mobile").asText(), "13907100102",
                Keys.sipInfo().press(xiLing.get("extension").asText()));
    }

    /** 0 pressed while the menu plays counts at once: the ring follows the menu without the 5 s wait. */
    @Test
    void zeroRingsTheManualServicePersonRightAfterTheMenu() throws Exception {
        Duration menu = promptLength("ivr-menu");
        try (Sipp.Running trunk = trunk("trunk-answer", 1, FLOW);
             Sipp.Running caller = caller("13907100103", Keys.rtpEvents().press("0"))) {
            Sipp.Message answered = caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message ring = trunk.await("INVITE to manual service", inviteReceived("RING-1"), FLOW);

            assertThat(ring.requestUser()).isEqualTo(MANUAL_SERVICE_MOBILE);
            assertThat(ring.since(answered)).as("after the menu (%s)", menu)
                    .isBetween(menu.minusMillis(300), menu.plusMillis(1500));
            assertCallEnds(caller, trunk, "13907100103");
        }
    }

    /** The menu plays, then 5 s without a key: manual service is rung then, not at 10 s. */
    @Test
    void noKeyRingsTheManualServicePersonFiveSecondsAfterTheMenu() throws Exception {
        Duration expected = promptLength("ivr-menu").plusSeconds(5);
        try (Sipp.Running trunk = trunk("trunk-answer", 1, FLOW);
             Sipp.Running caller = caller("13907100104", Keys.none())) {
            Sipp.Message answered = caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message ring = trunk.await("INVITE to manual service", inviteReceived("RING-1"), FLOW);

            assertThat(ring.requestUser()).isEqualTo(MANUAL_SERVICE_MOBILE);
            assertThat(ring.since(answered)).as("menu (%s) + 5 s", promptLength("ivr-menu"))
                    .isBetween(expected.minusMillis(300), expected.plusMillis(1500));
            assertCallEnds(caller, trunk, "13907100104");
        }
    }

    /** 2026-10-01 is National Day: the closed announcement, then the engine hangs up; nobody is rung. */
    @Test
    void onAHolidayTheCallerHearsTheClosedAnnouncementAndIsHungUpOn() throws Exception {
        clock.set(OffsetDateTime.parse("2026-10-01T10:00:00+08:00").toInstant());
        Duration closed = promptLength("closed");
        try (Sipp.Running trunk = trunk("trunk-answer-hold", 1, FLOW);
             Sipp.Running caller = caller("13907100105", Keys.none())) {
            Sipp.Message answered = caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message bye = caller.await("BYE from the engine", message -> message.received() && message.isRequest("BYE"),
                    closed.plus(SETTLES));
            Sipp.Result callerEnd = caller.awaitEnd(SETTLES);
            JsonNode ended = awaitStatus(inboundCallFrom("13907100105", SETTLES), "ENDED", SETTLES);

            assertThat(bye.since(answered)).as("the closed announcement (%s) first", closed)
                    .isBetween(closed.minusMillis(300), closed.plusSeconds(3));
            assertThat(callerEnd.exitCode()).as("%s", callerEnd).isZero();
            assertThat(ended.get("endReason").asText()).isEqualTo("FLOW_ENDED");
            assertThat(trunk.messages()).as("nobody rung").isEmpty();
        }
    }

    /** 刘力 called a number that was busy; when that number calls back it goes straight to her mobile. */
    @Test
    void missedCallCallbackRingsTheEmployeeWhoCalledWithoutTheMenu() throws Exception {
        String number = "13907100106";
        try (Sipp.Running trunk = trunk("trunk-callee-busy", 2, Duration.ofSeconds(30))) {
            long outbound = liuliCalls(Map.of("number", number)).get("id").asLong();
            awaitStatus(outbound, "MISSED", SETTLES);
            assertThat(trunk.awaitEnd(SETTLES).exitCode()).isZero();
        }
        try (Sipp.Running trunk = trunk("trunk-answer", 1, FLOW);
             Sipp.Running caller = caller(number, Keys.none())) {
            Sipp.Message answered = caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message ring = trunk.await("INVITE to 刘力", inviteReceived("RING-1"), FLOW);

            assertThat(ring.requestUser()).isEqualTo(LIULI_MOBILE);
            assertThat(ring.since(answered)).as("no menu and no 5 s wait before the ring")
                    .isLessThan(promptLength("ivr-menu").plusSeconds(5));
            assertCallEnds(caller, trunk, number);
        }
    }

    @Test
    void anAccountManagersContactGoesStraightToTheAccountManager() throws Exception {
        assertCallerIsConnectedTo("13907100005", "13807100077", Keys.none());
    }

    /**
     * An extension nobody has: no ring, the unknown-extension prompt and the menu again; the 0 pressed
     * meanwhile then reaches manual service, only after both prompts.
     */
    @Test
    void unknownExtensionRingsNobodyAndTheMenuRepeats() throws Exception {
        String unknown = unknownExtension();
        Duration menu = promptLength("ivr-menu");
        Duration repeated = menu.plus(promptLength("unknown-extension")).plus(menu);
        try (Sipp.Running trunk = trunk("trunk-answer", 1, FLOW);
             Sipp.Running caller = caller("13907100108",
                     Keys.rtpEvents().press(unknown).pause(menu.plusSeconds(2)).press("0"))) {
            Sipp.Message answered = caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message ring = trunk.await("INVITE to manual service", inviteReceived("RING-1"), FLOW);

            assertThat(ring.requestUser()).isEqualTo(MANUAL_SERVICE_MOBILE);
            assertThat(ring.since(answered)).as("menu, unknown extension, menu: %s", repeated)
                    .isGreaterThan(repeated.minusMillis(500));
            assertCallEnds(caller, trunk, "13907100108");
            assertThat(trunk.messages()).filteredOn(message -> message.isRequest("INVITE")).hasSize(1);
        }
    }

    /**
     * The analyst adds "1 for sales" (王芳's extension) to the shipped diagram and uploads it; a caller
     * pressing 1 reaches 王芳. The diagram that was deployed before is uploaded again afterwards.
     */
    @Test
    void anAnalystsNewKeyRoutesCallsOnceTheDiagramIsUploaded() throws Exception {
        String original = analyst().getForObject("/api/processes/inbound-call/diagram", String.class);
        JsonNode wangFang = employeeNamed("王芳");
        try {
            upload(withSalesKey(original, wangFang.get("extension").asText()));
            assertCallerIsConnectedTo(wangFang.get("mobile").asText(), "13907100109", Keys.rtpEvents().press("1"));
        } finally {
            upload(original);
        }
    }

    /** The caller is answered, the employee's mobile rung and answered, then hangs up after 2 s. */
    private void assertCallerIsConnectedTo(String mobile, String callerNumber, Keys keys) throws Exception {
        try (Sipp.Running trunk = trunk("trunk-answer", 1, FLOW);
             Sipp.Running caller = caller(callerNumber, keys)) {
            caller.await("200 OK from the engine", answerReceived(), SETTLES);
            Sipp.Message ring = trunk.await("INVITE to " + mobile, inviteReceived("RING-1"), FLOW);
            long id = inboundCallFrom(callerNumber, SETTLES);
            JsonNode bridged = awaitStatus(id, "BRIDGED", SETTLES);

            assertThat(ring.requestUser()).isEqualTo(mobile);
            assertThat(leg(bridged, "RING-1").get("number").asText()).isEqualTo(mobile);
            assertCallEnds(caller, trunk, callerNumber);
        }
    }

    /** The rung employee hangs up (trunk-answer does after 2 s): the engine hangs up the caller, the call is billed. */
    private void assertCallEnds(Sipp.Running caller, Sipp.Running trunk, String callerNumber) throws Exception {
        Sipp.Result trunkEnd = trunk.awaitEnd(SETTLES);
        Sipp.Result callerEnd = caller.awaitEnd(SETTLES);
        JsonNode ended = awaitStatus(inboundCallFrom(callerNumber, SETTLES), "ENDED", SETTLES);

        assertThat(trunkEnd.exitCode()).as("%s", trunkEnd).isZero();
        assertThat(callerEnd.exitCode()).as("%s", callerEnd).isZero();
        assertThat(callerEnd.messages()).as("the engine hung up the caller")
                .anyMatch(message -> message.received() && message.isRequest("BYE"));
        assertThat(ended.get("endReason").asText()).isEqualTo("HUNG_UP");
        assertThat(ended.get("billedMinutes").asInt()).isEqualTo(1);
    }

    private String unknownExtension() {
        JsonNode employees = admin().getForObject("/api/employees", JsonNode.class);
        var taken = StreamSupport.stream(employees.spliterator(), false)
                .map(employee -> employee.get("extension").asText(""))
                .filter(extension -> !extension.isEmpty())
                .toList();
        int length = taken.stream().mapToInt(String::length).max().orElseThrow();
        for (char digit = '9'; digit > '1'; digit--) {
            String candidate = String.valueOf(digit).repeat(length);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Every repeated-digit extension is taken: " + taken);
    }

    /** Key 1 ends the collection at once and leads to a lookup of a fixed extension. */
    private static String withSalesKey(String diagram, String salesExtension) {
        String immediate = "<camunda:inputParameter name=\"immediate\">0</camunda:inputParameter>";
        assertThat(diagram).contains(immediate, "</bpmn:process>", "id=\"Gateway_Digits\"", "id=\"Gateway_ExtensionFound\"");
        String salesKey = """
                    <bpmn:sequenceFlow id="Flow_SalesKey" name="按1销售" sourceRef="Gateway_Digits" targetRef="Task_FindSales">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${digits == '1'}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:serviceTask id="Task_FindSales" name="查找销售" camunda:delegateExpression="${findEmployeeByExtension}">
                      <bpmn:extensionElements>
                        <camunda:inputOutput>
                          <camunda:inputParameter name="extension">%s</camunda:inputParameter>
                        </camunda:inputOutput>
                      </bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:sequenceFlow id="Flow_SalesFound" sourceRef="Task_FindSales" targetRef="Gateway_ExtensionFound" />
                  </bpmn:process>""".formatted(salesExtension);
        return diagram.replace(immediate, immediate.replace(">0<", ">01<")).replace("</bpmn:process>", salesKey);
    }

    private void upload(String diagram) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("bpmn", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "inbound-call.bpmn";
            }
        });
        form.add("reason", "e2e: 按1转销售");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var response = analyst().postForEntity("/api/processes", new HttpEntity<>(form, headers), JsonNode.class);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    }

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "analyst");
    }
}
