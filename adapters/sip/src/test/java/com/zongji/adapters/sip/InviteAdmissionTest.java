package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets and the set-up cap, on a clock the test moves. */
class InviteAdmissionTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final InviteAdmission admission = new InviteAdmission(new OverloadLimits(2, 3, 100, Duration.ofSeconds(5)),
            new SipProperties.Trunk("127.0.0.1", 5080, SipProperties.Transport.UDP), now::get);

    @Test
    void aSourceGetsItsBurstThenItsRate() throws Exception {
        InetAddress caller = InetAddress.getByName("192.0.2.1");

        assertThat(admitted(caller, 5)).isEqualTo(3);
        now.addAndGet(SECOND);
        assertThat(admitted(caller, 5)).isEqualTo(2);
        now.addAndGet(SECOND / 2);
        assertThat(admitted(caller, 5)).isEqualTo(1);
    }

    @Test
    void oneSourceUsingUpItsBucketLeavesOthersTheirs() throws Exception {
        assertThat(admitted(InetAddress.getByName("192.0.2.1"), 10)).isEqualTo(3);

        assertThat(admitted(InetAddress.getByName("192.0.2.2"), 10)).isEqualTo(3);
    }

    @Test
    void theTrunkIsBoundOnlyByTheCallsBeingSetUp() throws Exception {
        assertThat(admitted(InetAddress.getByName("127.0.0.1"), 150)).isEqualTo(100);
        assertThat(admission.callsSettingUp()).isEqualTo(100);
    }

    @Test
    void placesNeverGivenBackAreReclaimedOnceNoInviteCouldStillBeSettingUp() throws Exception {
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        assertThat(admitted(trunk, 100)).isEqualTo(100);
        now.addAndGet(60 * SECOND);
        assertThat(admission.admit(trunk)).as("places lost 60 s ago may still be calls ringing").isEmpty();

        now.addAndGet(5 * SECOND);

        assertThat(admission.admit(trunk)).isPresent();
        assertThat(admission.callsSettingUp()).isEqualTo(1);
    }

    @Test
    void aPlaceGivenBackTwiceCountsOnce() throws Exception {
        Runnable place = admission.admit(InetAddress.getByName("127.0.0.1")).orElseThrow();
        admission.admit(InetAddress.getByName("127.0.0.1")).orElseThrow();

        place.run();
        place.run();

        assertThat(admission.callsSettingUp()).isEqualTo(1);
    }

    @Test
    void newLimitsApplyToTheNextInvite() throws Exception {
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        admission.admit(trunk).orElseThrow();

        admission.setLimits(new OverloadLimits(2, 3, 1, Duration.ofSeconds(5)));

        assertThat(admission.admit(trunk)).isEmpty();
        assertThat(admission.limits().maxCallsSettingUp()).isEqualTo(1);
    }

    @Test
    void limitsThatWouldTakeNoCallAreRefused() {
        assertThatThrownBy(() -> new OverloadLimits(0, 3, 100, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zongji.sip.overload");
        assertThatThrownBy(() -> new OverloadLimits(1, 3, 0, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int admitted(InetAddress source, int offered) {
        int admitted = 0;
        for (int i = 0; i < offered; i++) {
            Optional<Runnable> place = admission.admit(source);
            if (place.isPresent()) {
                admitted++;
            }
        }
        return admitted;
    }
}
