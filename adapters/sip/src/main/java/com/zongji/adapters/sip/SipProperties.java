package com.zongji.adapters.sip;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the SIP server listens, and the carrier trunk it will exchange calls with. */
@ConfigurationProperties("zongji.sip")
public record SipProperties(
        @DefaultValue("0.0.0.0") String host,
        @DefaultValue("5060") int port,
        @DefaultValue({"udp", "tcp"}) List<Transport> transports,
        @DefaultValue Trunk trunk) {

    /** The address peers are told to reach us at (Via, Contact, From): the listening host, or loopback for "any". */
    public String advertisedHost() {
        return "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    }

    public enum Transport {
        UDP,
        TCP;

        String jainName() {
            return name().toLowerCase();
        }
    }

    /** The carrier's SIP peer; employees' mobiles are reached through it. */
    public record Trunk(String host, @DefaultValue("5060") int port, @DefaultValue("udp") Transport transport) {
    }
}
