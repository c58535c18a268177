package com.zongji.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare SIP client on raw sockets, for messages no SIP library would send: writes bytes as they are, reads
 * the engine's answers, and acknowledges the final responses to INVITEs as a caller must (ending with BYE a
 * call that got answered), so that nothing it provoked is left retransmitting or open. JDK only: the fuzzer
 * also runs standalone from {@code bench/sip-fuzz}.
 */
public final class SipWire implements AutoCloseable {

    private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3})");

    private final InetAddress engine;
    private final int enginePort;
    private final DatagramSocket udp;
    private int branches;

    /** A UDP socket on {@code local} (any free port): which address the engine sees the messages come from. */
    public SipWire(InetAddress local, InetAddress engine, int enginePort) throws IOException {
        this.engine = engine;
        this.enginePort = enginePort;
        this.udp = new DatagramSocket(0, local);
    }

    public String localAddress() {
        return udp.getLocalAddress().getHostAddress() + ":" + udp.getLocalPort();
    }

    public int localPort() {
        return udp.getLocalPort();
    }

    /** One answer from the engine. */
    public record Response(int status, String text) {

        public boolean isFinal() {
            return status >= 200;
        }

        String header(String name, String compact) {
            return SipWire.header(text, name, compact);
        }

        String cseqMethod() {
            String cseq = header("CSeq", null);
            return cseq == null ? "" : cseq.replaceFirst("^\\s*\\d+\\s+", "").trim();
        }

        long cseqNumber() {
            String cseq = header("CSeq", null);
            try {
                return cseq == null ? 1 : Long.parseLong(cseq.trim().split("\\s+")[0]);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        @Override
        public String toString() {
            return text.lines().findFirst().orElse("");
        }
    }

    private static String header(String message, String name, String compact) {
        Matcher value = Pattern.compile("(?im)^(?:" + Pattern.quote(name) + (compact == null ? "" : "|" + compact)
                + ")[ \\t]*:[ \\t]*(.*?)\\r?$").matcher(message);
        return value.find() ? value.group(1) : null;
    }

    /**
     * Sends {@code request} and returns its final answer (the one with its Call-ID), or null when none came within
     * {@code wait}. Answers to earlier messages arriving meanwhile (an engine still retransmitting to a burst) are
     * acknowledged and passed over, so they cannot be taken for this one's.
     */
    public Response finalAnswerTo(byte[] request, Duration wait) throws IOException {
        String callId = header(new String(request, StandardCharsets.ISO_8859_1), "Call-ID", "i");
        send(request);
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            Response response = receive((int) left);
            if (response != null && response.isFinal() && callId.equals(response.header("Call-ID", "i"))) {
                return response;
            }
        }
        return null;
    }

    /** Sends a datagram and collects answers until a final one has come or {@code wait} has passed. */
    public List<Response> exchange(byte[] message, Duration wait) throws IOException {
        send(message);
        List<Response> answers = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (answers.stream().noneMatch(Response::isFinal)) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            Response response = receive((int) left);
            if (response != null) {
                answers.add(response);
            }
        }
        return answers;
    }

    public void send(byte[] message) throws IOException {
        udp.send(new DatagramPacket(message, message.length, engine, enginePort));
    }

    /** The next answer within {@code millis} (acknowledged if it ends an INVITE), or null. */
    public Response receive(int millis) throws IOException {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        udp.setSoTimeout(Math.max(1, millis));
        try {
            udp.receive(packet);
        } catch (SocketTimeoutException quiet) {
            return null;
        }
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.ISO_8859_1);
        Matcher status = STATUS.matcher(text);
        if (!status.find()) {
            return null; // a request of the engine's own, e.g. its BYE of a call: answered below
        }
        Response response = new Response(Integer.parseInt(status.group(1)), text);
        if (response.isFinal() && "INVITE".equals(response.cseqMethod())) {
            acknowledge(response);
        }
        return response;
    }

    /** Over a fresh TCP connection: everything the engine answers within {@code wait}. */
    public List<Response> exchangeTcp(byte[] message, Duration wait) throws IOException {
        try (Socket tcp = new Socket()) {
            tcp.connect(new InetSocketAddress(engine, enginePort), 2000);
            tcp.getOutputStream().write(message);
            tcp.getOutputStream().flush();
            tcp.setSoTimeout((int) Math.max(1, wait.toMillis()));
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = tcp.getInputStream();
            byte[] chunk = new byte[8192];
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                for (int n; System.nanoTime() < deadline && (n = in.read(chunk)) > 0; ) {
                    read.write(chunk, 0, n);
                    if (hasFinal(read.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException closed) {
                // nothing more: what came is the answer
            }
            List<Response> answers = new ArrayList<>();
            for (String text : read.toString(StandardCharsets.ISO_8859_1).split("(?=SIP/2\\.0 \\d{3} )")) {
                Matcher status = STATUS.matcher(text);
                if (status.find()) {
                    Response response = new Response(Integer.parseInt(status.group(1)), text);
                    answers.add(response);
                    if (response.isFinal() && "INVITE".equals(response.cseqMethod())) {
                        tcp.getOutputStream().write(ackOf(response, "TCP", tcp.getLocalPort()));
                    }
                }
            }
            return answers;
        }
    }

    private static boolean hasFinal(String text) {
        return Pattern.compile("(?m)^SIP/2\\.0 [2-6]\\d\\d ").matcher(text).find();
    }

    private void acknowledge(Response response) throws IOException {
        send(ackOf(response, "UDP", udp.getLocalPort()));
        if (response.status() / 100 == 2) {
            send(byeOf(response));
        }
    }

    /**
     * The ACK of a final response: a non-2xx one is acknowledged within its transaction (same Via), a 2xx one
     * within the new dialog, at the engine's Contact.
     */
    private byte[] ackOf(Response response, String transport, int port) {
        boolean answered = response.status() / 100 == 2;
        String via = answered ? ourVia(transport, port) : response.header("Via", "v");
        return request("ACK", target(response), via, response, response.cseqNumber() + " ACK");
    }

    private byte[] byeOf(Response response) {
        return request("BYE", target(response), ourVia("UDP", udp.getLocalPort()), response,
                (response.cseqNumber() + 1) + " BYE");
    }

    private String target(Response response) {
        String contact = response.header("Contact", "m");
        if (contact != null && contact.contains("<") && contact.contains(">")) {
            return contact.substring(contact.indexOf('<') + 1, contact.indexOf('>'));
        }
        return "sip:" + engine.getHostAddress() + ":" + enginePort;
    }

    private String ourVia(String transport, int port) {
        return "SIP/2.0/" + transport + " " + udp.getLocalAddress().getHostAddress() + ":" + port
                + ";rport;branch=z9hG4bKwire" + System.nanoTime() + "." + (++branches);
    }

    private static byte[] request(String method, String target, String via, Response about, String cseq) {
        String text = method + " " + target + " SIP/2.0\r\n"
                + "Via: " + via + "\r\n"
                + "From: " + about.header("From", "f") + "\r\n"
                + "To: " + about.header("To", "t") + "\r\n"
                + "Call-ID: " + about.header("Call-ID", "i") + "\r\n"
                + "CSeq: " + cseq + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A well-formed INVITE from this socket with an audio offer, From {@code caller} (a SIP URI's user part);
     * {@code extraHeaders} (each ending in CRLF) adds lines such as a P-Asserted-Identity.
     */
    public byte[] invite(String target, String caller, String extraHeaders) {
        String local = localAddress();
        String sdp = "v=0\r\no=wire 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 39002 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        String text = "INVITE " + target + " SIP/2.0\r\n"
                + "Via: " + ourVia("UDP", udp.getLocalPort()) + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:" + caller + "@" + local + ">;tag=wire" + System.nanoTime() + "\r\n"
                + "To: <" + target + ">\r\n"
                + "Call-ID: wire-" + System.nanoTime() + "@" + local + "\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:" + caller + "@" + local + ">\r\n"
                + extraHeaders
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A well-formed OPTIONS from this socket. */
    public byte[] options() {
        String text = "OPTIONS sip:" + engine.getHostAddress() + ":" + enginePort + " SIP/2.0\r\n"
                + "Via: " + ourVia("UDP", udp.getLocalPort()) + "\r\n"
                + "From: <sip:probe@" + udp.getLocalAddress().getHostAddress() + ">;tag=probe" + System.nanoTime() + "\r\n"
                + "To: <sip:" + engine.getHostAddress() + ">\r\n"
                + "Call-ID: probe-" + System.nanoTime() + "@wire\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        udp.close();
    }
}
