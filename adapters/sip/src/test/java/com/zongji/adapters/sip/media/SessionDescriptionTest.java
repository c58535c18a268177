package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionDescriptionTest {

    @Test
    void readsTheAudioAddressPortAndPayloadTypesInTheFarEndsOrder() {
        SessionDescription sdp = SessionDescription.parse("""
                v=0
                o=- 1 1 IN IP4 10.0.0.1
                s=-
                c=IN IP4 10.0.0.1
                t=0 0
                m=audio 4000 RTP/AVP 8 0 18 96
                a=rtpmap:8 PCMA/8000
                a=rtpmap:0 PCMU/8000
                a=rtpmap:18 G729/8000
                a=rtpmap:96 telephone-event/8000
                a=fmtp:96 0-15
                """);

        assertThat(sdp.address()).isEqualTo("10.0.0.1");
        assertThat(sdp.port()).isEqualTo(4000);
        assertThat(sdp.codecs()).containsExactly(AudioCodec.PCMA, AudioCodec.PCMU);
        assertThat(sdp.telephoneEvent()).hasValue(96);
    }

    @Test
    void theAudioConnectionLineOverridesTheSessionOne() {
        SessionDescription sdp = SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n"
                + "m=video 5000 RTP/AVP 96\r\nc=IN IP4 10.0.0.9\r\n"
                + "m=audio 4000 RTP/AVP 0\r\nc=IN IP4 192.168.1.20/127\r\n");

        assertThat(sdp.address()).isEqualTo("192.168.1.20");
        assertThat(sdp.port()).isEqualTo(4000);
        assertThat(sdp.telephoneEvent()).isEmpty();
    }

    @Test
    void telephoneEventsAtAnotherRateAreNotTheOnesTheEngineReads() {
        SessionDescription sdp = SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\n"
                + "m=audio 4000 RTP/AVP 0 110 101\r\na=rtpmap:110 telephone-event/48000\r\n"
                + "a=rtpmap:101 TELEPHONE-EVENT/8000\r\n");

        assertThat(sdp.telephoneEvent()).hasValue(101);
    }

    @Test
    void refusesSdpWithoutAudioOrAddress() {
        assertThatThrownBy(() -> SessionDescription.parse("v=0\r\nc=IN IP4 10.0.0.1\r\nm=video 5000 RTP/AVP 96\r\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no audio");
        assertThatThrownBy(() -> SessionDescription.parse("v=0\r\nm=audio 4000 RTP/AVP 0\r\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no connection address");
        assertThatThrownBy(() -> SessionDescription.parse(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroPortOrNullAddressSendsNowhere() {
        assertThat(SessionDescription.parse("c=IN IP4 10.0.0.1\nm=audio 0 RTP/AVP 0\n").sendsNowhere()).isTrue();
        assertThat(SessionDescription.parse("c=IN IP4 0.0.0.0\nm=audio 4000 RTP/AVP 0\n").sendsNowhere()).isTrue();
        assertThat(SessionDescription.parse("c=IN IP4 10.0.0.1\nm=audio 4000 RTP/AVP 0\n").sendsNowhere()).isFalse();
    }
}
