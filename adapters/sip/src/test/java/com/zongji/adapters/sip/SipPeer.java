package com.zongji.adapters.sip;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The far end over raw UDP, as the trunk (called phones) or as an outside caller: receives what the engine
 * sends, parsed, and sends text the test writes. Nothing is retransmitted or answered unless the test says so.
 */
final class SipPeer implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final DatagramSocket socket;
    private final int enginePort;

    SipPeer(int enginePort) throws IOException {
        this.socket = new DatagramSocket(0, LOOPBACK);
        this.enginePort = enginePort;
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next request of this method within 5 s; other messages (retransmissions, 100 Trying) are skipped. */
    SIPRequest request(String method) {
        return (SIPRequest) next(message -> message instanceof SIPRequest request && request.getMethod().equals(method),
                method);
    }

    /** The next response with this status within 5 s, skipping others. */
    SIPResponse response(int status) {
        return (SIPResponse) next(message -> message instanceof SIPResponse response
                && response.getStatusCode() == status, String.valueOf(status));
    }

    /** Everything that arrives within {@code quiet}. */
    List<SIPMessage> drain(Duration quiet) {
        List<SIPMessage> received = new ArrayList<>();
        for (SIPMessage message = receive(quiet); message != null; message = receive(quiet)) {
            received.add(message);
        }
        return received;
    }

    private SIPMessage next(Predicate<SIPMessage> wanted, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            SIPMessage message = receive(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("No " + what + " from the engine within 5 s");
    }

    private SIPMessage receive(Duration timeout) {
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            DatagramPacket packet = new DatagramPacket(new byte[65536], 65536);
            socket.receive(packet);
            byte[] bytes = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
            return new StringMsgParser().parseSIPMessage(bytes, true, false, null);
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new AssertionError("The engine sent something unparsable", e);
        }
    }

    void send(String text) {
        byte[] bytes = text.getBytes(ISO_8859_1);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, enginePort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a request of the engine's; {@code sdp} may be null. */
    SIPResponse respond(SIPRequest request, int status, String toTag, String sdp) {
        SIPResponse response = request.createResponse(status);
        try {
            if (toTag != null && response.getTo().getTag() == null && status > 100) {
                response.getTo().setTag(toTag);
            }
            if (status / 100 == 2 && request.getMethod().equals("INVITE")) {
                response.setHeader(StringMsgParser.parseSIPHeader("Contact: " + contact()));
            }
            if (sdp != null) {
                response.setMessageContent("application", "sdp", sdp);
            }
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        send(response.encode());
        return response;
    }

    String contact() {
        return "<sip:peer@127.0.0.1:" + port() + ">";
    }

    /** A request within a dialog, or one that starts one (then {@code to} has no tag). */
    String request(String method, String uri, String from, String to, String callId, int cseq, String branch,
            String contentType, String body, String... extraHeaders) {
        StringBuilder text = new StringBuilder(method + " " + uri + " SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(port()).append(";branch=").append(branch)
                .append(";rport\r\n")
                .append("From: ").append(from).append("\r\n")
                .append("To: ").append(to).append("\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: ").append(cseq).append(' ').append(method).append("\r\n")
                .append("Contact: ").append(contact()).append("\r\n")
                .append("Max-Forwards: 70\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(ISO_8859_1);
        if (contentType != null) {
            text.append("Content-Type: ").append(contentType).append("\r\n");
        }
        return text.append("Content-Length: ").append(content.length).append("\r\n\r\n")
                .append(body == null ? "" : body).toString();
    }

    static String branch() {
        return "z9hG4bK" + System.nanoTime();
    }

    @Override
    public void close() {
        socket.close();
    }
}
