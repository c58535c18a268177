package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MediaConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MediaConfiguration.class);

    @Test
    void opensSessionsOnTheConfiguredPortsAdvertisingTheSipHost() {
        context.withPropertyValues(
                        "zongji.sip.host=198.51.100.4", "zongji.media.port-min=45100", "zongji.media.port-max=45110")
                .run(started -> {
                    String offer = started.getBean(MediaSessions.class).open().offer();

                    assertThat(offer).contains("c=IN IP4 198.51.100.4", "m=audio 45100 ");
                });
    }

    @Test
    void advertisesTheLoopbackWhenSipListensEverywhere() {
        context.withPropertyValues("zongji.media.port-min=45120", "zongji.media.port-max=45130")
                .run(started -> assertThat(started.getBean(MediaSessions.class).open().offer())
                        .contains("c=IN IP4 127.0.0.1"));
    }
}
