package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import com.zongji.support.EngineIT;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Callers who send no telephone number are still served: a withheld number (RFC 3323's anonymous From), a SIP
 * user name, and a P-Asserted-Identity that names no number (then the From counts). Found by the fuzzer: each
 * used to get 500.
 */
class CallerIdentityIT extends EngineIT {

    @Autowired
    LiveCalls liveCalls;

    @Autowired
    CallRecordRepository records;

    @Test
    void aWithheldNumberIsAnsweredAndRecordedAsAnonymous() throws Exception {
        assertThat(callerRecordedFor("anonymous", "")).isEqualTo("anonymous");
    }

    @Test
    void aSipUserNameIsAnsweredAndRecordedAsSent() throws Exception {
        assertThat(callerRecordedFor("alice", "")).isEqualTo("alice");
    }

    @Test
    void anAssertedIdentityWithoutANumberFallsBackToTheFrom() throws Exception {
        assertThat(callerRecordedFor("13800138000", "P-Asserted-Identity: <mailto:alice@example.com>\r\n"))
                .isEqualTo("13800138000");
    }

    private String callerRecordedFor(String fromUser, String extraHeaders) throws IOException {
        CallLeaks leaks = new CallLeaks(liveCalls, records);
        long lastRecord = leaks.lastRecordId();
        InetAddress engine = InetAddress.getLoopbackAddress();
        try (SipWire caller = new SipWire(engine, engine, SIP_PORT)) {
            byte[] invite = caller.invite("sip:" + SipFuzzer.SERVED_NUMBER + "@127.0.0.1:" + SIP_PORT, fromUser,
                    extraHeaders);
            assertThat(caller.exchange(invite, Duration.ofSeconds(5))).filteredOn(SipWire.Response::isFinal)
                    .extracting(SipWire.Response::status).as("answered by the IVR").containsExactly(200);
        }
        leaks.assertNoneLeft(Duration.ofSeconds(10));
        return records.findAll().stream().filter(call -> call.getId() > lastRecord)
                .max(Comparator.comparing(CallRecord::getId)).map(CallRecord::getCallerNumber).orElseThrow();
    }
}
