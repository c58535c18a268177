package com.zongji.adapters.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds request text: well-formed defaults, which a test replaces ("CSeq: abc") or removes ("-Call-ID"). */
final class SipMessages {

    private SipMessages() {
    }

    static String request(String method, String uri, String... headers) {
        return request(method + " " + uri + " SIP/2.0", "UDP", 5060, headers);
    }

    static String request(String requestLine, String transport, int localPort, String... headers) {
        String method = requestLine.split(" ", 2)[0];
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Via", "SIP/2.0/" + transport + " 127.0.0.1:" + localPort + ";branch=z9hG4bK" + System.nanoTime());
        fields.put("From", "<sip:13800138000@127.0.0.1>;tag=caller");
        fields.put("To", "<sip:02700000000@127.0.0.1>");
        fields.put("Call-ID", "call-" + System.nanoTime());
        fields.put("CSeq", "1 " + method);
        fields.put("Max-Forwards", "70");
        if ("INVITE".equals(method)) {
            fields.put("Contact", "<sip:13800138000@127.0.0.1:" + localPort + ">");
        }
        fields.put("Content-Length", "0");
        List<String> extra = new ArrayList<>();
        for (String header : headers) {
            if (header.startsWith("-")) {
                fields.remove(header.substring(1));
            } else if (header.contains(":") && fields.containsKey(header.substring(0, header.indexOf(':')))) {
                fields.put(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).trim());
            } else {
                extra.add(header);
            }
        }
        StringBuilder text = new StringBuilder(requestLine).append("\r\n");
        extra.forEach(line -> text.append(line).append("\r\n"));
        fields.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        return text.append("\r\n").toString();
    }
}
