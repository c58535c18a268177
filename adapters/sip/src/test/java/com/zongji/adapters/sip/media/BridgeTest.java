package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Prompt;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two legs' sessions relaying RTP to each other's far end over real UDP sockets. */
class BridgeTest {

    private final RtpMediaSessions sessions = new RtpMediaSessions("127.0.0.1", 44000, 44998, text -> Optional.empty());
    private final FarEnd caller = new FarEnd();
    private final FarEnd callee = new FarEnd();
    private final RtpMediaSession callerLeg = (RtpMediaSession) sessions.open();
    private final RtpMediaSession calleeLeg = (RtpMediaSession) sessions.open();

    @AfterEach
    void close() {
        sessions.close();
        caller.close();
        callee.close();
    }

    @Test
    void relaysAudioBothWaysUnchangedWhenBothLegsChoseTheSameCodec() {
        callerLeg.answer(caller.sdp("0 101", "a=rtpmap:101 telephone-event/8000"));
        calleeLeg.offer();
        calleeLeg.acceptAnswer(callee.sdp("0 101", "a=rtpmap:101 telephone-event/8000"));
        callerLeg.bridgeWith(calleeLeg);

        byte[] hello = FarEnd.rtp(true, 0, 1, 160, 0x1111, samples((byte) 0x11));
        caller.sendTo(callerLeg.localPort(), hello);
        FarEnd.Received atCallee = callee.receive();
        byte[] reply = FarEnd.rtp(false, 0, 9, 320, 0x2222, samples((byte) 0x22));
        callee.sendTo(calleeLeg.localPort(), reply);
        FarEnd.Received atCaller = caller.receive();

        assertThat(atCallee.header()).isEqualTo(RtpHeader.parse(hello, hello.length));
        assertThat(atCallee.payload()).containsOnly((byte) 0x11);
        assertThat(atCaller.header().ssrc()).isEqualTo(0x2222);
        assertThat(atCaller.payload()).containsOnly((byte) 0x22);
    }

    @Test
    void transcodesBetweenLegsThatChoseDifferentCodecsAndRenumbersTelephoneEvents() {
        callerLeg.answer(caller.sdp("0 101", "a=rtpmap:101 telephone-event/8000"));
        calleeLeg.offer();
        calleeLeg.acceptAnswer(callee.sdp("8 96", "a=rtpmap:96 telephone-event/8000"));
        callerLeg.bridgeWith(calleeLeg);

        caller.sendTo(callerLeg.localPort(), FarEnd.rtp(false, 0, 1, 160, 0x1111, samples((byte) 0x11)));
        FarEnd.Received audio = callee.receive();
        caller.sendTo(callerLeg.localPort(), FarEnd.rtp(true, 101, 2, 320, 0x1111, FarEnd.telephoneEvent(5, false, 160)));
        FarEnd.Received key = callee.receive();

        assertThat(audio.header().payloadType()).isEqualTo(8);
        assertThat(audio.payload()).containsOnly(G711.muLawToALaw((byte) 0x11));
        assertThat(key.header().payloadType()).isEqualTo(96);
        assertThat(key.header().marker()).isTrue();
        assertThat(key.payload()).isEqualTo(FarEnd.telephoneEvent(5, false, 160));
    }

    @Test
    void sendsToWhereTheFarEndsPacketsComeFromRatherThanWhatItsSdpSaid() {
        try (FarEnd calleeBehindNat = new FarEnd()) {
            callerLeg.answer(caller.sdp("0"));
            calleeLeg.offer();
            calleeLeg.acceptAnswer(callee.sdp("0"));
            callerLeg.bridgeWith(calleeLeg);

            calleeBehindNat.sendTo(calleeLeg.localPort(), FarEnd.rtp(true, 0, 1, 160, 0x2222, samples((byte) 0x22)));
            caller.receive();
            caller.sendTo(callerLeg.localPort(), FarEnd.rtp(true, 0, 1, 160, 0x1111, samples((byte) 0x11)));

            assertThat(calleeBehindNat.receive().payload()).containsOnly((byte) 0x11);
            assertThat(callee.staysQuietFor(200)).isTrue();
        }
    }

    @Test
    void bridgingStopsPromptsAndCollectionOnBothLegs() {
        callerLeg.answer(caller.sdp("0"));
        calleeLeg.offer();
        calleeLeg.acceptAnswer(callee.sdp("0"));
        AtomicInteger reported = new AtomicInteger();
        callerLeg.play(Prompt.recorded("test-tone"), reported::incrementAndGet);
        calleeLeg.collect(new DigitCollection(1, Duration.ofSeconds(1), null, "", ""), digits -> reported.incrementAndGet());
        caller.receive();

        callerLeg.bridgeWith(calleeLeg);
        caller.drain(10); // packets sent before it stopped

        assertThat(caller.staysQuietFor(300)).isTrue();
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(2)).untilAtomic(reported, equalTo(0));
    }

    @Test
    void closingOneLegEndsTheRelay() {
        callerLeg.answer(caller.sdp("0"));
        calleeLeg.offer();
        calleeLeg.acceptAnswer(callee.sdp("0"));
        callerLeg.bridgeWith(calleeLeg);

        calleeLeg.close();
        calleeLeg.close();
        caller.sendTo(callerLeg.localPort(), FarEnd.rtp(true, 0, 1, 160, 0x1111, samples((byte) 0x11)));

        assertThat(callee.staysQuietFor(300)).isTrue();
    }

    @Test
    void bridgesOnlyWithAnotherSessionOfItsOwnKind() {
        assertThatThrownBy(() -> callerLeg.bridgeWith(callerLeg)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] samples(byte value) {
        byte[] samples = new byte[160];
        Arrays.fill(samples, value);
        return samples;
    }
}
