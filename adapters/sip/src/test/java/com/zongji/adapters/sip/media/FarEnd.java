package com.zongji.adapters.sip.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** A phone's RTP end for tests: a plain UDP socket on the loopback that writes SDP and RTP by hand. */
final class FarEnd implements AutoCloseable {

    /** A packet the far end received: its header and its payload. */
    record Received(RtpHeader header, byte[] payload) {
    }

    private final DatagramSocket socket;

    FarEnd() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(2000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** An SDP offer or answer for this socket with the given payload types and attribute lines. */
    String sdp(String payloadTypes, String... attributes) {
        StringBuilder sdp = new StringBuilder()
                .append("v=0\r\n")
                .append("o=phone 1 1 IN IP4 127.0.0.1\r\n")
                .append("s=-\r\n")
                .append("c=IN IP4 127.0.0.1\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(port()).append(" RTP/AVP ").append(payloadTypes).append("\r\n");
        for (String attribute : attributes) {
            sdp.append(attribute).append("\r\n");
        }
        return sdp.toString();
    }

    Received receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(packet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RtpHeader header = RtpHeader.parse(buffer, packet.getLength());
        return new Received(header, Arrays.copyOfRange(buffer, header.payloadOffset(),
                header.payloadOffset() + header.payloadLength()));
    }

    /** True if nothing arrives within the socket's patience, here shortened to {@code millis}. */
    boolean staysQuietFor(int millis) {
        try {
            socket.setSoTimeout(millis);
            socket.receive(new DatagramPacket(new byte[2048], 2048));
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                socket.setSoTimeout(2000);
            } catch (IOException ignored) {
                // the socket is closing
            }
        }
    }

    /** Takes the packets already on their way (at most {@code limit}), until 100 ms pass without one. */
    void drain(int limit) {
        int taken = 0;
        while (taken < limit && !staysQuietFor(100)) {
            taken++;
        }
    }

    void sendTo(int port, byte[] datagram) {
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, new InetSocketAddress("127.0.0.1", port)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] rtp(boolean marker, int payloadType, int sequence, long timestamp, int ssrc, byte[] payload) {
        ByteBuffer packet = ByteBuffer.allocate(RtpHeader.SIZE + payload.length);
        new RtpHeader(marker, payloadType, sequence, timestamp, ssrc, 0, 0).writeTo(packet);
        return packet.put(payload).array();
    }

    /** An RFC 4733 payload: event, end bit, volume 10, duration in samples. */
    static byte[] telephoneEvent(int event, boolean end, int duration) {
        return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | 10), (byte) (duration >> 8), (byte) duration};
    }

    @Override
    public void close() {
        socket.close();
    }
}
