package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zongji.engine.call.Prompt;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OfferAnswerTest {

    private final RtpMediaSessions sessions = new RtpMediaSessions("192.0.2.10", 41000, 41998, text -> Optional.empty());
    private final FarEnd phone = new FarEnd();

    @AfterEach
    void close() {
        sessions.close();
        phone.close();
    }

    @Test
    void offersPcmuPcmaAndTelephoneEventsOnItsPortAndAdvertisedHost() {
        MediaSession session = sessions.open();

        SessionDescription offer = SessionDescription.parse(session.offer());

        assertThat(offer.address()).isEqualTo("192.0.2.10");
        assertThat(offer.port()).isEqualTo(((RtpMediaSession) session).localPort()).isBetween(41000, 41998).isEven();
        assertThat(offer.payloadTypes()).containsExactly(0, 8, 101);
        assertThat(offer.telephoneEvent()).hasValue(101);
    }

    @Test
    void answersWithTheFirstCommonCodecAndTheOfferersTelephoneEventNumber() {
        MediaSession session = sessions.open();

        String answer = session.answer(phone.sdp("18 8 0 96",
                "a=rtpmap:18 G729/8000", "a=rtpmap:96 telephone-event/8000", "a=fmtp:96 0-15"));

        SessionDescription parsed = SessionDescription.parse(answer);
        assertThat(parsed.payloadTypes()).containsExactly(8, 96);
        assertThat(parsed.telephoneEvent()).hasValue(96);
        assertThat(answer).contains("a=rtpmap:8 PCMA/8000", "a=fmtp:96 0-15")
                .doesNotContain("PCMU", "G729");
    }

    @Test
    void answersWithoutTelephoneEventsWhenTheOfferHasNone() {
        MediaSession session = sessions.open();

        SessionDescription answer = SessionDescription.parse(session.answer(phone.sdp("0")));

        assertThat(answer.payloadTypes()).containsExactly(0);
    }

    @Test
    void refusesAnOfferWithoutG711() {
        MediaSession session = sessions.open();

        assertThatThrownBy(() -> session.answer(phone.sdp("18 9", "a=rtpmap:18 G729/8000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No common codec");
    }

    /** Sending there would throw on every packet, and the prompt would never finish. */
    @Test
    void refusesAnOfferWhoseAddressDoesNotResolve() {
        MediaSession session = sessions.open();

        assertThatThrownBy(() -> session.answer(phone.sdp("0").replace("c=IN IP4 127.0.0.1", "c=IN IP4 999.1.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999.1.1");
    }

    @Test
    void anAcceptedAnswerDecidesTheCodecAndWhereRtpGoes() {
        MediaSession session = sessions.open();
        session.offer();

        session.acceptAnswer(phone.sdp("8 101", "a=rtpmap:101 telephone-event/8000"));
        session.play(Prompt.recorded("test-tone"), () -> { });

        FarEnd.Received first = phone.receive();
        assertThat(first.header().payloadType()).isEqualTo(8);
    }
}
