package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.adapters.sip.InviteAdmission;
import com.zongji.adapters.sip.OverloadLimits;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import com.zongji.support.EngineIT;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A burst of INVITEs from one address (127.0.0.2) against limits lowered for the test: the source's burst
 * becomes calls, the excess gets 503 with Retry-After and leaves no call record and no process instance,
 * while other addresses and the trunk (127.0.0.1) are served as before.
 */
class InviteFloodIT extends EngineIT {

    private static final int BURST = 3;
    private static final int FLOOD = 30;

    @Autowired
    InviteAdmission admission;

    @Autowired
    LiveCalls liveCalls;

    @Autowired
    CallRecordRepository records;

    @Autowired
    ProcessEngine camunda;

    private OverloadLimits shipped;

    @BeforeEach
    void lowerTheLimits() {
        shipped = admission.limits();
        admission.setLimits(new OverloadLimits(0.2, BURST, shipped.maxCallsSettingUp(), Duration.ofSeconds(7)));
    }

    @AfterEach
    void restoreTheLimits() {
        admission.setLimits(shipped);
    }

    @Test
    void aFloodFromOneSourceIsTurnedAwayEarlyWhileOthersAreServed() throws Exception {
        // A caller of this run only: another test's late call from a shared number must not count.
        String caller = "1370" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        CallLeaks leaks = new CallLeaks(liveCalls, records);
        long lastRecord = leaks.lastRecordId();
        long instancesBefore = processesStarted();
        InetAddress engine = InetAddress.getLoopbackAddress();

        List<SipWire.Response> answers = new ArrayList<>();
        try (SipWire flooder = new SipWire(InetAddress.getByName("127.0.0.2"), engine, SIP_PORT)) {
            for (int i = 0; i < FLOOD; i++) {
                flooder.send(flooder.invite("sip:" + SipFuzzer.SERVED_NUMBER + "@127.0.0.1:" + SIP_PORT, caller, ""));
            }
            Set<String> calls = new HashSet<>();
            for (SipWire.Response answer = flooder.receive(3000); answer != null; answer = flooder.receive(3000)) {
                if (answer.isFinal() && calls.add(answer.header("Call-ID", "i"))) { // not a retransmission
                    answers.add(answer);
                }
            }

            try (SipWire other = new SipWire(InetAddress.getByName("127.0.0.3"), engine, SIP_PORT);
                    SipWire trunk = new SipWire(engine, engine, SIP_PORT)) {
                String unserved = "sip:02700000000@127.0.0.1:" + SIP_PORT;
                assertThat(finalStatus(other, other.invite(unserved, caller, ""))).isEqualTo(404);
                assertThat(finalStatus(trunk, trunk.invite(unserved, caller, ""))).isEqualTo(404);
                assertThat(finalStatus(trunk, trunk.options())).isEqualTo(200);
            }
            assertThat(finalStatus(flooder, flooder.options())).as("OPTIONS are not limited").isEqualTo(200);
            assertThat(finalStatus(flooder, flooder.invite("sip:02700000000@127.0.0.1:" + SIP_PORT, caller, "")))
                    .as("still over its rate").isEqualTo(503);
        }

        List<SipWire.Response> turnedAway = answers.stream().filter(answer -> answer.status() == 503).toList();
        assertThat(answers).hasSize(FLOOD);
        assertThat(turnedAway).hasSize(FLOOD - BURST)
                .allSatisfy(answer -> assertThat(answer.header("Retry-After", null)).isEqualTo("7"));
        assertThat(answers).filteredOn(answer -> answer.status() != 503).extracting(SipWire.Response::status)
                .as("the burst got calls").containsOnly(200);
        leaks.assertNoneLeft(Duration.ofSeconds(40));
        assertThat(leaks.recordsSince(lastRecord, caller)).as("call records").isEqualTo(BURST);
        // An inbound call from elsewhere meanwhile (another test's late retransmission) brings its own process.
        long othersInbound = records.findAll().stream().filter(call -> call.getId() > lastRecord
                && call.getDirection() == CallDirection.INBOUND && !caller.equals(call.getCallerNumber())).count();
        assertThat(processesStarted() - instancesBefore - othersInbound).as("inbound-call processes").isEqualTo(BURST);
    }

    /** Process instances the engine started: calls keep no Camunda history, so its count of starts (written out first). */
    private long processesStarted() {
        ((ProcessEngineConfigurationImpl) camunda.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
        return camunda.getManagementService().createMetricsQuery().name(Metrics.ROOT_PROCESS_INSTANCE_START).sum();
    }

    private static int finalStatus(SipWire wire, byte[] request) throws IOException {
        SipWire.Response answer = wire.finalAnswerTo(request, Duration.ofSeconds(5));
        return answer == null ? -1 : answer.status();
    }
}
