package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SipPropertiesTest {

    @Test
    void listensOnEveryInterfaceOnTheStandardPortByDefault() {
        SipProperties properties = bind(Map.of());

        assertThat(properties.host()).isEqualTo("0.0.0.0");
        assertThat(properties.port()).isEqualTo(5060);
        assertThat(properties.transports()).containsExactly(SipProperties.Transport.UDP, SipProperties.Transport.TCP);
        assertThat(properties.trunk().port()).isEqualTo(5060);
    }

    @Test
    void bindsTheTrunk() {
        SipProperties properties = bind(Map.of(
                "zongji.sip.transports", "tcp",
                "zongji.sip.trunk.host", "trunk.carrier.example",
                "zongji.sip.trunk.transport", "tcp"));

        assertThat(properties.transports()).isEqualTo(List.of(SipProperties.Transport.TCP));
        assertThat(properties.trunk())
                .isEqualTo(new SipProperties.Trunk("trunk.carrier.example", 5060, SipProperties.Transport.TCP));
    }

    private static SipProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("zongji.sip", SipProperties.class);
    }
}
