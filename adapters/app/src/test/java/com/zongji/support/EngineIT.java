package com.zongji.support;

import com.zongji.ZongjiApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole engine node on its configured database (H2 in memory, or PostgreSQL under the postgres
 * profile), with the demo tenant, HTTP on a random port, SIP on a free local port, the carrier trunk on
 * another (where a test's sipp plays the carrier), short ring timeouts, a clock tests can move, and the
 * test payment provider's key. One context is shared by all subclasses: a subclass adding properties or
 * beans of its own would start a second node on the same SIP port.
 */
@SpringBootTest(classes = ZongjiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EngineIT.TestClock.class)
public abstract class EngineIT {

    protected static final int SIP_PORT = FreePorts.udpAndTcp();
    protected static final int TRUNK_PORT = FreePorts.udpAndTcp();

    @DynamicPropertySource
    static void sipOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("zongji.sip.host", () -> "127.0.0.1");
        registry.add("zongji.sip.port", () -> SIP_PORT);
        registry.add("zongji.sip.trunk.host", () -> "127.0.0.1");
        registry.add("zongji.sip.trunk.port", () -> TRUNK_PORT);
        registry.add("zongji.media.host", () -> "127.0.0.1");
        registry.add("zongji.calls.employee-ring-timeout", () -> "PT4S");
        registry.add("zongji.calls.callee-ring-timeout", () -> "PT4S");
        registry.add("zongji.demo.enabled", () -> "true");
        registry.add("zongji.payment.provider-public-key", TestPaymentProvider::publicKeyBase64);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }
}
