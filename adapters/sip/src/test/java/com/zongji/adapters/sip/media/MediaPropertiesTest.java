package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MediaPropertiesTest {

    @Test
    void defaultsToEvenPortsFrom20000AndTheSipHost() {
        MediaProperties properties = bind(Map.of());

        assertThat(properties.portMin()).isEqualTo(20000);
        assertThat(properties.portMax()).isEqualTo(29998);
        assertThat(properties.speechTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.advertisedHost("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(properties.advertisedHost("0.0.0.0")).isEqualTo("127.0.0.1");
    }

    @Test
    void aConfiguredHostIsAdvertisedWhateverSipListensOn() {
        MediaProperties properties = bind(Map.of(
                "zongji.media.host", "203.0.113.7",
                "zongji.media.port-min", "30000",
                "zongji.media.port-max", "30100",
                "zongji.media.speech-timeout", "2s"));

        assertThat(properties.advertisedHost("0.0.0.0")).isEqualTo("203.0.113.7");
        assertThat(properties.portMin()).isEqualTo(30000);
        assertThat(properties.portMax()).isEqualTo(30100);
        assertThat(properties.speechTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    private static MediaProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("zongji.media", MediaProperties.class);
    }
}
