package com.zongji.adapters.sip.media;

import java.util.OptionalInt;

/** The SDP the engine sends for one session: its advertised address, its RTP port and its codecs. */
record LocalDescription(String host, int port, long sessionId) {

    /** The telephone-event payload type the engine offers; answers echo whatever the offerer used. */
    static final int TELEPHONE_EVENT = 101;

    /** PCMU first: the prompts are stored in µ-law, so a peer that takes the first codec needs no transcoding. */
    String offer() {
        return header()
                + "m=audio " + port + " RTP/AVP 0 8 " + TELEPHONE_EVENT + "\r\n"
                + rtpmap(AudioCodec.PCMU)
                + rtpmap(AudioCodec.PCMA)
                + telephoneEvent(TELEPHONE_EVENT)
                + trailer();
    }

    String answer(AudioCodec codec, OptionalInt telephoneEvent) {
        String formats = telephoneEvent.isPresent()
                ? codec.payloadType() + " " + telephoneEvent.getAsInt()
                : String.valueOf(codec.payloadType());
        return header()
                + "m=audio " + port + " RTP/AVP " + formats + "\r\n"
                + rtpmap(codec)
                + (telephoneEvent.isPresent() ? telephoneEvent(telephoneEvent.getAsInt()) : "")
                + trailer();
    }

    private String header() {
        String addressType = host.contains(":") ? "IP6" : "IP4";
        return "v=0\r\n"
                + "o=zongji " + sessionId + " 1 IN " + addressType + " " + host + "\r\n"
                + "s=zongji\r\n"
                + "c=IN " + addressType + " " + host + "\r\n"
                + "t=0 0\r\n";
    }

    private static String rtpmap(AudioCodec codec) {
        return "a=rtpmap:" + codec.payloadType() + " " + codec.name() + "/8000\r\n";
    }

    private static String telephoneEvent(int payloadType) {
        return "a=rtpmap:" + payloadType + " telephone-event/8000\r\n"
                + "a=fmtp:" + payloadType + " 0-15\r\n";
    }

    private static String trailer() {
        return "a=ptime:20\r\na=sendrecv\r\n";
    }
}
