package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtpMediaSessionsTest {

    @Test
    void usesEvenPortsOfTheRangeAndSkipsPortsInUse() throws SocketException {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(45002));
                RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 45001, 45010, text -> Optional.empty())) {

            int first = ((RtpMediaSession) sessions.open()).localPort();
            int second = ((RtpMediaSession) sessions.open()).localPort();

            assertThat(taken.isBound()).isTrue();
            assertThat(first).isEqualTo(45004);
            assertThat(second).isEqualTo(45006);
        }
    }

    @Test
    void failsClearlyWhenTheRangeIsUsedUp() {
        try (RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 45020, 45022, text -> Optional.empty())) {
            sessions.open();
            sessions.open();

            assertThatThrownBy(sessions::open)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No free RTP port in 45020–45022");
        }
    }

    @Test
    void closingASessionReleasesItsPort() {
        try (RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 45030, 45030, text -> Optional.empty())) {
            MediaSession session = sessions.open();

            session.close();
            session.close();

            assertThat(sessions.openSessions()).isZero();
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(sessions.open()).isNotNull());
        }
    }

    @Test
    void aThousandConcurrentSessionsNeedNoThreadOfTheirOwn() {
        assumeThat(((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getMaxFileDescriptorCount())
                .as("open files allowed").isGreaterThan(2000);
        int threadsBefore = Thread.activeCount();
        try (RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 46000, 48998, text -> Optional.empty())) {
            for (int i = 0; i < 1000; i++) {
                sessions.open();
            }

            assertThat(sessions.openSessions()).isEqualTo(1000);
            assertThat(Thread.activeCount() - threadsBefore).isLessThan(20);
        }
    }

    @Test
    void refusesARangeWithoutAnEvenPort() {
        assertThatThrownBy(() -> new RtpMediaSessions("127.0.0.1", 45041, 45041, text -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
