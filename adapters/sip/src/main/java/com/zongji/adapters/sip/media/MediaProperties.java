package com.zongji.adapters.sip.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the engine's RTP lives.
 *
 * @param host          the address advertised in SDP; by default the SIP host, or 127.0.0.1 when SIP listens
 *                      on every interface (0.0.0.0 or unset), which only suits a single machine
 * @param portMin       lowest RTP port (even ports only are used)
 * @param portMax       highest RTP port
 * @param speechTimeout longest wait for text to speech before the prompt's recording is played instead
 */
@ConfigurationProperties("zongji.media")
public record MediaProperties(
        String host,
        @DefaultValue("20000") int portMin,
        @DefaultValue("29998") int portMax,
        @DefaultValue("5s") Duration speechTimeout) {

    public String advertisedHost(String sipHost) {
        if (host != null && !host.isBlank()) {
            return host;
        }
        if (sipHost == null || sipHost.isBlank() || "0.0.0.0".equals(sipHost)) {
            return "127.0.0.1";
        }
        return sipHost;
    }
}
