package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.numbering.ServedNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/**
 * A B2BUA on a real SIP stack over UDP, its trunk being a {@link SipPeer}, with fake media and the
 * engine's signals recorded. {@link #OFFICE_NUMBER} is served.
 */
final class TestNode implements AutoCloseable {

    /** The shipped defaults: no test here comes near them. */
    static final OverloadLimits LIMITS = new OverloadLimits(20, 40, 500, Duration.ofSeconds(5));

    static final String OFFICE_NUMBER = "02787654321";

    final int port = freePort();
    final SipPeer peer;
    final RecordingCallSignals signals = new RecordingCallSignals();
    final FakeMediaSession.Opened media = new FakeMediaSession.Opened();
    final B2bua b2bua;
    final Telephony telephony;

    TestNode() {
        this(null);
    }

    /** With real media sessions instead of the fakes (then {@link #media} stays empty). */
    TestNode(MediaSessions realMedia) {
        try {
            peer = new SipPeer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SipProperties properties = new SipProperties("127.0.0.1", port, List.of(SipProperties.Transport.UDP),
                new SipProperties.Trunk("127.0.0.1", peer.port(), SipProperties.Transport.UDP));
        OfficeNumberRepository numbers = mock(OfficeNumberRepository.class);
        when(numbers.existsByNumberAndStatus(OFFICE_NUMBER, NumberStatus.ASSIGNED)).thenReturn(true);
        b2bua = new B2bua(properties, new InviteAdmission(TestNode.LIMITS, properties.trunk()), new ServedNumbers(numbers), realMedia == null ? media : realMedia,
                () -> signals);
        telephony = b2bua.telephony();
        b2bua.server().start();
    }

    /** Waits for exactly these reports, then checks that nothing follows them. */
    void reported(String... events) {
        await().atMost(Duration.ofSeconds(5)).until(() -> signals.events.size() >= events.length);
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(signals.events).containsExactly(events);
    }

    @Override
    public void close() {
        b2bua.close();
        peer.close();
    }

    static int freePort() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket udp = new DatagramSocket(0, loopback);
                ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 50, loopback)) {
            return udp.getLocalPort();
        } catch (IOException portTakenForTcp) {
            return freePort();
        }
    }
}
