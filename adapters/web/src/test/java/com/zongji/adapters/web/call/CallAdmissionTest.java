package com.zongji.adapters.web.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bound on calls placed at once over the API and its adaptation, on a clock the test moves. */
class CallAdmissionTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();

    @Test
    void aNodePlacingAsManyAsItMayRefusesAtOnceAndRunsNothing() {
        CallAdmission admission = new CallAdmission(new CallAdmissionLimits(2, Duration.ofSeconds(7)), now::get);
        AtomicInteger ran = new AtomicInteger();

        admission.place(() -> admission.place(() -> {
            assertThatThrownBy(() -> admission.place(ran::incrementAndGet))
                    .isInstanceOfSatisfying(CallAdmission.NodeBusy.class,
                            busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(7));
            return null;
        }));

        assertThat(ran).hasValue(0);
        assertThat(admission.place(ran::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aPlacingThatFailsGivesItsPlaceBack() {
        CallAdmission admission = new CallAdmission(new CallAdmissionLimits(1, Duration.ofSeconds(5)), now::get);

        assertThatThrownBy(() -> admission.place(() -> {
            throw new IllegalStateException("refused by the rules");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(admission.place(() -> "placed")).isEqualTo("placed");
    }

    @Test
    void quickPlacingsThatUseTheBoundRaiseItAndSlowOnesLowerItToTheMinimum() {
        CallAdmission admission = new CallAdmission(
                new CallAdmissionLimits(1, 5, Duration.ofSeconds(1), Duration.ofSeconds(5)), now::get);
        assertThat(placedAtOnce(admission, 2)).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            placedAtOnce(admission, admission.bound());
        }
        assertThat(admission.bound()).isEqualTo(5);
        assertThat(placedAtOnce(admission, 6)).isEqualTo(5);

        for (int i = 0; i < 5; i++) {
            admission.place(() -> now.addAndGet(2 * SECOND));
        }
        assertThat(admission.bound()).isEqualTo(1);
        assertThat(placedAtOnce(admission, 2)).isEqualTo(1);
    }

    @Test
    void limitsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new CallAdmissionLimits(0, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zongji.api.call-admission");
        assertThatThrownBy(() -> new CallAdmissionLimits(5, 4, Duration.ofSeconds(1), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallAdmissionLimits(1, 4, Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** How many of {@code wanted} placings, each inside the one before, were admitted at once. */
    private static int placedAtOnce(CallAdmission admission, int wanted) {
        try {
            return admission.place(() -> wanted == 1 ? 1 : 1 + placedAtOnce(admission, wanted - 1));
        } catch (CallAdmission.NodeBusy refused) {
            return 0;
        }
    }
}
