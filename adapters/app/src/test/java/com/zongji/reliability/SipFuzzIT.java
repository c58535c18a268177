package com.zongji.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.LiveCalls;
import com.zongji.support.EngineIT;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** The mutation fuzzer's bounded run: a fixed seed, so a failure here is repeatable with the same seed. */
class SipFuzzIT extends EngineIT {

    private static final Logger log = LoggerFactory.getLogger(SipFuzzIT.class);
    static final long SEED = 4475;
    static final int MESSAGES = 3000;

    @Autowired
    LiveCalls liveCalls;

    @Autowired
    CallRecordRepository records;

    @Test
    void mutatedInvitesAreAnsweredOrIgnoredAndLeaveNoCallBehind() throws Exception {
        CallLeaks leaks = new CallLeaks(liveCalls, records);

        SipFuzzer.Report report = new SipFuzzer(InetAddress.getLoopbackAddress(), SIP_PORT, SEED).run(MESSAGES);

        log.info("SIP fuzz, seed {}: {}", SEED, report);
        assertThat(report.serverErrors()).as("%s", report).isZero();
        assertThat(report.optionsAnsweredAfter()).as("%s", report).isTrue();
        leaks.assertNoneLeft(Duration.ofSeconds(60));
    }
}
