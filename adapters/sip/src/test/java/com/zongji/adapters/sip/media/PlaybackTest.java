package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.Prompt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prompts played over real UDP sockets on the loopback. test-tone.wav holds 3 920 samples: 24½ packets. */
class PlaybackTest {

    private static final int TONE_PACKETS = 25;

    private final RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 42000, 42998, text -> Optional.empty());
    private final FarEnd phone = new FarEnd();
    private final byte[] tone = new Recordings().muLaw("test-tone");

    @AfterEach
    void close() {
        sessions.close();
        phone.close();
    }

    @Test
    void sendsThePromptIn20MillisecondPacketsThenReportsItFinished() throws InterruptedException {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0 101", "a=rtpmap:101 telephone-event/8000"));
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> finishedOn = new AtomicReference<>();

        session.play(Prompt.recorded("test-tone"), () -> {
            finishedOn.set(Thread.currentThread().getName());
            finished.countDown();
        });
        List<FarEnd.Received> packets = receive(TONE_PACKETS);

        assertThat(finished.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(finishedOn.get()).startsWith("media-events");
        assertThat(phone.staysQuietFor(200)).isTrue();
        FarEnd.Received first = packets.get(0);
        assertThat(first.header().marker()).isTrue();
        for (int i = 0; i < TONE_PACKETS; i++) {
            RtpHeader header = packets.get(i).header();
            assertThat(header.payloadType()).isZero();
            assertThat(header.ssrc()).isEqualTo(first.header().ssrc());
            assertThat(header.sequence()).isEqualTo((first.header().sequence() + i) & 0xFFFF);
            assertThat(header.timestamp()).isEqualTo((first.header().timestamp() + 160L * i) & 0xFFFFFFFFL);
            assertThat(packets.get(i).payload()).hasSize(160);
            if (i > 0) {
                assertThat(header.marker()).isFalse();
            }
        }
        assertThat(first.payload()).isEqualTo(Arrays.copyOf(tone, 160));
        byte[] last = packets.get(TONE_PACKETS - 1).payload();
        assertThat(Arrays.copyOf(last, 80)).isEqualTo(Arrays.copyOfRange(tone, 3840, 3920));
        assertThat(Arrays.copyOfRange(last, 80, 160)).containsOnly((byte) 0xFF);
    }

    @Test
    void pacesPacketsInRealTime() {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0"));

        session.play(Prompt.recorded("test-tone"), () -> { });
        phone.receive();
        long start = System.nanoTime();
        receive(TONE_PACKETS - 1);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).isBetween(400L, 1000L); // 24 intervals of 20 ms
    }

    @Test
    void transcodesToALawWhenTheFarEndChosePcma() {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("8 0"));

        session.play(Prompt.recorded("test-tone"), () -> { });
        FarEnd.Received first = phone.receive();

        assertThat(first.header().payloadType()).isEqualTo(8);
        byte[] expected = new byte[160];
        for (int i = 0; i < 160; i++) {
            expected[i] = G711.muLawToALaw(tone[i]);
        }
        assertThat(first.payload()).isEqualTo(expected);
    }

    @Test
    void continuesSequenceNumbersAndTimestampsFromOnePromptToTheNext() throws InterruptedException {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0"));
        CountDownLatch finished = new CountDownLatch(1);

        session.play(Prompt.recorded("test-tone"), finished::countDown);
        List<FarEnd.Received> firstPrompt = receive(TONE_PACKETS);
        assertThat(finished.await(1, TimeUnit.SECONDS)).isTrue();
        session.play(Prompt.recorded("test-tone"), () -> { });
        FarEnd.Received second = phone.receive();

        RtpHeader last = firstPrompt.get(TONE_PACKETS - 1).header();
        assertThat(second.header().marker()).isTrue();
        assertThat(second.header().ssrc()).isEqualTo(last.ssrc());
        assertThat(second.header().sequence()).isEqualTo((last.sequence() + 1) & 0xFFFF);
        assertThat((second.header().timestamp() - last.timestamp()) & 0xFFFFFFFFL).isGreaterThanOrEqualTo(160);
    }

    @Test
    void aNewPromptReplacesThePlayingOneWhichNeverReportsFinished() throws InterruptedException {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0"));
        AtomicInteger firstFinished = new AtomicInteger();
        CountDownLatch secondFinished = new CountDownLatch(1);

        session.play(Prompt.recorded("test-tone"), firstFinished::incrementAndGet);
        phone.receive();
        session.play(Prompt.spoken("ignored", "test-tone"), secondFinished::countDown);

        assertThat(secondFinished.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(firstFinished).hasValue(0);
    }

    @Test
    void closingStopsThePromptWithoutReportingIt() {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0"));
        AtomicInteger finished = new AtomicInteger();

        session.play(Prompt.recorded("test-tone"), finished::incrementAndGet);
        phone.receive();
        session.close();

        phone.drain(10); // packets sent before it stopped
        assertThat(phone.staysQuietFor(200)).isTrue();
        assertThat(finished).hasValue(0);
    }

    @Test
    void playsSpokenTextWhenSpeechWorks() throws InterruptedException {
        byte[] speech = new byte[320];
        Arrays.fill(speech, (byte) 0x2A);
        try (RtpMediaSessions speaking = new RtpMediaSessions("127.0.0.1", 42000, 42998, text -> Optional.of(speech))) {
            MediaSession session = speaking.open();
            session.answer(phone.sdp("0"));
            CountDownLatch finished = new CountDownLatch(1);

            session.play(Prompt.spoken("您好", "test-tone"), finished::countDown);

            assertThat(phone.receive().payload()).containsOnly((byte) 0x2A);
            assertThat(phone.receive().payload()).containsOnly((byte) 0x2A);
            assertThat(finished.await(1, TimeUnit.SECONDS)).isTrue();
            assertThat(phone.staysQuietFor(200)).isTrue();
        }
    }

    @Test
    void aMissingRecordingIsReportedPlayedSoTheCallGoesOn() throws InterruptedException {
        MediaSession session = sessions.open();
        session.answer(phone.sdp("0"));
        CountDownLatch finished = new CountDownLatch(1);

        session.play(Prompt.recorded("no-such-recording"), finished::countDown);

        assertThat(finished.await(1, TimeUnit.SECONDS)).isTrue();
    }

    private List<FarEnd.Received> receive(int count) {
        List<FarEnd.Received> packets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            packets.add(phone.receive());
        }
        return packets;
    }
}
