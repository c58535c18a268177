package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets, the set-up cap and its adaptive limit, on a clock the test moves. */
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

    @Test
    void setUpsQuickerThanTheTargetLetMoreCallsSetUpAtOnce() throws Exception {
        InviteAdmission adaptive = adaptive();
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        List<InviteAdmission.Place> places = admittedAtOnce(adaptive, trunk, 10);
        assertThat(places).as("the minimum to begin with").hasSize(2);

        now.addAndGet(SECOND / 10);
        places.forEach(Runnable::run);

        assertThat(admittedAtOnce(adaptive, trunk, 10)).hasSize(4);
    }

    @Test
    void setUpsSlowerThanTheTargetShrinkTheLimitDownToTheMinimum() throws Exception {
        InviteAdmission adaptive = adaptive();
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        for (int round = 0; round < 3; round++) {
            settleAfter(adaptive, trunk, 100, SECOND / 10);
        }
        assertThat(admittedAtOnce(adaptive, trunk, 100)).as("grown while set-ups were quick").hasSizeGreaterThan(6)
                .allSatisfy(InviteAdmission.Place::withdraw);

        for (int round = 0; round < 3; round++) {
            settleAfter(adaptive, trunk, 100, 3 * SECOND);
        }

        List<InviteAdmission.Place> places = admittedAtOnce(adaptive, trunk, 100);
        assertThat(places).hasSize(2);
        assertThat(adaptive.admit(trunk)).as("refused while two are setting up").isEmpty();
        places.get(0).run();
        assertThat(adaptive.admit(trunk)).as("a place given back is taken again").isPresent();
    }

    @Test
    void callsRefusedAtOnceDoNotSteerTheLimit() throws Exception {
        InviteAdmission adaptive = adaptive();
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        for (int round = 0; round < 5; round++) {
            // Quick answers would let the limit grow; a 404 or a 400 must not.
            admittedAtOnce(adaptive, trunk, 100).forEach(InviteAdmission.Place::withdraw);
        }

        assertThat(admittedAtOnce(adaptive, trunk, 100)).hasSize(2);
        assertThat(adaptive.callsSettingUp()).isEqualTo(2);
    }

    @Test
    void lostPlacesAreReclaimedFromTheAdaptiveLimitToo() throws Exception {
        InviteAdmission adaptive = adaptive();
        InetAddress trunk = InetAddress.getByName("127.0.0.1");
        assertThat(admittedAtOnce(adaptive, trunk, 10)).hasSize(2);

        now.addAndGet(65 * SECOND);

        assertThat(admittedAtOnce(adaptive, trunk, 10)).hasSize(2);
        assertThat(adaptive.callsSettingUp()).isEqualTo(2);
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> new OverloadLimits(2, 3, 10, 5, Duration.ofSeconds(1), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min-calls-setting-up");
        assertThatThrownBy(() -> new OverloadLimits(2, 3, 1, 5, Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Between 2 and 50 calls setting up, for a target of one second. */
    private InviteAdmission adaptive() {
        return new InviteAdmission(new OverloadLimits(2, 3, 2, 50, Duration.ofSeconds(1), Duration.ofSeconds(5)),
                new SipProperties.Trunk("127.0.0.1", 5080, SipProperties.Transport.UDP), now::get);
    }

    private static List<InviteAdmission.Place> admittedAtOnce(InviteAdmission admission, InetAddress source,
            int offered) {
        List<InviteAdmission.Place> places = new ArrayList<>();
        for (int i = 0; i < offered; i++) {
            admission.admit(source).ifPresent(places::add);
        }
        return places;
    }

    /** Admits as many as the limit lets through, then answers them all after {@code setUpNanos}. */
    private void settleAfter(InviteAdmission admission, InetAddress source, int offered, long setUpNanos) {
        List<InviteAdmission.Place> places = admittedAtOnce(admission, source, offered);
        now.addAndGet(setUpNanos);
        places.forEach(Runnable::run);
    }

    private int admitted(InetAddress source, int offered) {
        int admitted = 0;
        for (int i = 0; i < offered; i++) {
            Optional<InviteAdmission.Place> place = admission.admit(source);
            if (place.isPresent()) {
                admitted++;
            }
        }
        return admitted;
    }
}
