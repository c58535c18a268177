package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zongji.engine.call.DigitCollection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keys arriving as RFC 4733 telephone-events over real UDP, and as SIP INFO. */
class TelephoneEventTest {

    private static final DigitCollection FOUR_DIGITS =
            new DigitCollection(4, Duration.ofSeconds(5), Duration.ofSeconds(3), "#", "");
    private static final Path SIPP_CAPTURES = Path.of("/usr/share/sip-tester");

    private final RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 43000, 43998, text -> Optional.empty());
    private final FarEnd phone = new FarEnd();
    private final BlockingQueue<String> collected = new LinkedBlockingQueue<>();
    private int sequence = 1000;
    private long timestamp = 80_000;

    @AfterEach
    void close() {
        sessions.close();
        phone.close();
    }

    @Test
    void readsEachKeyOnceThoughItsEventIsSentManyTimes() throws InterruptedException {
        RtpMediaSession session = answered("0 101", "a=rtpmap:101 telephone-event/8000");
        session.collect(FOUR_DIGITS, collected::add);

        pressOverRtp(session, 101, 8);
        pressOverRtp(session, 101, 0);
        pressOverRtp(session, 101, 0);
        pressOverRtp(session, 101, 11); // #

        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("800");
    }

    @Test
    void acceptsWhateverPayloadTypeTheFarEndGaveTelephoneEvents() throws InterruptedException {
        RtpMediaSession session = answered("0 96", "a=rtpmap:96 telephone-event/8000");
        session.collect(new DigitCollection(2, Duration.ofSeconds(5), Duration.ofSeconds(3), "", ""), collected::add);

        pressOverRtp(session, 96, 10); // *
        pressOverRtp(session, 96, 9);

        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("*9");
    }

    @Test
    void aKeyWhoseStartPacketWasLostIsReadFromItsEndPackets() throws InterruptedException {
        RtpMediaSession session = answered("0 101", "a=rtpmap:101 telephone-event/8000");
        session.collect(new DigitCollection(1, Duration.ofSeconds(5), Duration.ofSeconds(3), "", ""), collected::add);

        for (int i = 0; i < 3; i++) {
            phone.sendTo(session.localPort(),
                    FarEnd.rtp(false, 101, sequence++, timestamp, 7, FarEnd.telephoneEvent(3, true, 800)));
        }

        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("3");
    }

    @Test
    void keysPressedDuringAPromptAreTypedAhead() throws InterruptedException {
        RtpMediaSession session = answered("0 101", "a=rtpmap:101 telephone-event/8000");

        pressOverRtp(session, 101, 2);
        pressOverRtp(session, 101, 11);
        Thread.sleep(100); // the keys reach the session before collection starts, as during a prompt
        session.collect(FOUR_DIGITS, collected::add);

        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("2");
    }

    @Test
    void keysFromSipInfoCountLikeTelephoneEvents() throws InterruptedException {
        RtpMediaSession session = answered("0 101", "a=rtpmap:101 telephone-event/8000");
        session.collect(new DigitCollection(2, Duration.ofSeconds(5), Duration.ofSeconds(3), "#", ""), collected::add);
        session.keyPressed('6');
        pressOverRtp(session, 101, 1);
        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("61");

        session.collect(FOUR_DIGITS, collected::add);
        session.keyPressed('4');
        session.keyPressed('#');
        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("4");
    }

    @Test
    void readsTheKeysSippReplaysFromItsCaptures() throws IOException, InterruptedException {
        assumeThat(SIPP_CAPTURES.resolve("dtmf_2833_1.pcap")).exists();
        RtpMediaSession session = answered("0 101", "a=rtpmap:101 telephone-event/8000");
        session.collect(new DigitCollection(4, Duration.ofSeconds(5), Duration.ofSeconds(3), "", ""), collected::add);

        // One capture twice: the same RTP timestamp, yet two presses.
        for (String capture : List.of("dtmf_2833_1.pcap", "dtmf_2833_1.pcap", "dtmf_2833_star.pcap", "dtmf_2833_9.pcap")) {
            for (byte[] datagram : udpPayloads(SIPP_CAPTURES.resolve(capture))) {
                phone.sendTo(session.localPort(), datagram);
            }
        }

        assertThat(collected.poll(2, TimeUnit.SECONDS)).isEqualTo("11*9");
    }

    private RtpMediaSession answered(String payloadTypes, String... attributes) {
        RtpMediaSession session = (RtpMediaSession) sessions.open();
        session.answer(phone.sdp(payloadTypes, attributes));
        return session;
    }

    /** One key press as a phone sends it: a start packet, two updates, three end packets, one timestamp. */
    private void pressOverRtp(RtpMediaSession session, int payloadType, int event) {
        for (int i = 0; i < 6; i++) {
            boolean end = i >= 3;
            int duration = Math.min(i, 3) * 160 + 160;
            phone.sendTo(session.localPort(), FarEnd.rtp(i == 0, payloadType, sequence++, timestamp, 7,
                    FarEnd.telephoneEvent(event, end, duration)));
        }
        timestamp += 1600;
    }

    /** The UDP payloads of an Ethernet/IPv4 pcap capture, in order. */
    private static List<byte[]> udpPayloads(Path capture) throws IOException {
        ByteBuffer pcap = ByteBuffer.wrap(Files.readAllBytes(capture)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(pcap.getInt(0)).isEqualTo(0xA1B2C3D4);
        List<byte[]> payloads = new ArrayList<>();
        int record = 24;
        while (record + 16 <= pcap.limit()) {
            int length = pcap.getInt(record + 8);
            int frame = record + 16;
            int ip = frame + 14;
            int udp = ip + 4 * (pcap.get(ip) & 0x0F);
            int udpLength = ((pcap.get(udp + 4) & 0xFF) << 8) | (pcap.get(udp + 5) & 0xFF);
            payloads.add(Arrays.copyOfRange(pcap.array(), udp + 8, udp + udpLength));
            record = frame + length;
        }
        return payloads;
    }
}
