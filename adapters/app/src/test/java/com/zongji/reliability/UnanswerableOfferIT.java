package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import com.zongji.support.EngineIT;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call to a served number whose SDP offer cannot be answered (here: video only) is refused with 488 Not
 * Acceptable Here and a Warning 305 (RFC 3261 sections 13.3.1.1, 20.43), its record closed, nothing left live.
 */
class UnanswerableOfferIT extends EngineIT {

    @Autowired
    LiveCalls liveCalls;

    @Autowired
    CallRecordRepository records;

    @Test
    void anOfferWithoutAudioIsNotAcceptableHereAndLeavesNoCall() throws Exception {
        String caller = "1390" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        CallLeaks leaks = new CallLeaks(liveCalls, records);
        long lastRecord = leaks.lastRecordId();
        InetAddress engine = InetAddress.getLoopbackAddress();
        List<SipWire.Response> finals;
        try (SipWire wire = new SipWire(engine, engine, SIP_PORT)) {
            String invite = new String(wire.invite("sip:" + SipFuzzer.SERVED_NUMBER + "@127.0.0.1:" + SIP_PORT,
                    caller, ""), StandardCharsets.ISO_8859_1);
            byte[] videoOnly = invite.replace("m=audio", "m=video").getBytes(StandardCharsets.ISO_8859_1);
            finals = wire.exchange(videoOnly, Duration.ofSeconds(10)).stream().filter(SipWire.Response::isFinal)
                    .toList();
        }

        assertThat(finals).extracting(SipWire.Response::status).containsExactly(488);
        assertThat(finals.get(0).header("Warning", null)).startsWith("305 ").contains("no audio");
        leaks.assertNoneLeft(Duration.ofSeconds(10));
        assertThat(records.findAll()).filteredOn(call -> call.getId() > lastRecord
                && caller.equals(call.getCallerNumber())).extracting(CallRecord::getEndedAt).hasSize(1)
                .doesNotContainNull();
    }
}
