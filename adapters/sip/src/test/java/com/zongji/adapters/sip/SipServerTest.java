package com.zongji.adapters.sip;

import static com.zongji.adapters.sip.SipMessages.request;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.numbering.ServedNumbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server on real sockets, with the number directory stubbed. */
class SipServerTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int port = freePort();
    private SipServer server = server(port);

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void answersOptionsOverUdpAndTcp() throws IOException {
        server.start();

        assertThat(udp(request("OPTIONS sip:127.0.0.1 SIP/2.0", "UDP", 0))).isEqualTo("SIP/2.0 200 OK");
        try (Tcp tcp = new Tcp()) {
            assertThat(tcp.send("OPTIONS sip:127.0.0.1 SIP/2.0")).isEqualTo("SIP/2.0 200 OK");
        }
    }

    /** Left to itself the stack would close the connection without an answer. */
    @Test
    void answersAMalformedRequestOverTcpAndKeepsTheConnection() throws IOException {
        server.start();

        try (Tcp tcp = new Tcp()) {
            assertThat(tcp.send("INVITE sip:02700000000@127.0.0.1 SIP/2.0", "CSeq: abc INVITE"))
                    .isEqualTo("SIP/2.0 400 Bad CSeq");
            assertThat(tcp.send("OPTIONS sip:127.0.0.1 SIP/2.0")).isEqualTo("SIP/2.0 200 OK");
        }
    }

    @Test
    void releasesItsPortsAndThreadsWhenStopped() throws IOException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        server.start();
        server.stop();
        assertNoThreadLeftSince(before);

        server = server(port);
        server.start();

        assertThat(udp(request("OPTIONS sip:127.0.0.1 SIP/2.0", "UDP", 0))).isEqualTo("SIP/2.0 200 OK");
    }

    @Test
    void failsToStartOnAPortInUseAndLeavesNothingRunning() throws IOException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (ServerSocket taken = new ServerSocket(port, 50, LOOPBACK)) {
            assertThatThrownBy(server::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(":" + port);
        }
        assertThat(server.isRunning()).isFalse();
        assertNoThreadLeftSince(before);

        server = server(port);
        server.start();
        assertThat(server.isRunning()).isTrue();
    }

    private static SipServer server(int port) {
        SipProperties properties = new SipProperties(
                "127.0.0.1", port, List.of(SipProperties.Transport.UDP, SipProperties.Transport.TCP), null);
        return new B2bua(properties, new InviteAdmission(TestNode.LIMITS, null),
                new ServedNumbers(mock(OfficeNumberRepository.class)),
                mock(MediaSessions.class), () -> mock(CallSignals.class)).server();
    }

    private String udp(String request) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, LOOPBACK)) {
            socket.setSoTimeout(5000);
            byte[] bytes = request.replace("127.0.0.1:0;", "127.0.0.1:" + socket.getLocalPort() + ";")
                    .getBytes(ISO_8859_1);
            socket.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, port));
            DatagramPacket response = new DatagramPacket(new byte[65536], 65536);
            socket.receive(response);
            return new String(response.getData(), 0, response.getLength(), ISO_8859_1).lines().findFirst()
                    .orElseThrow();
        }
    }

    /** One connection; each send returns the status line of the answer. */
    private class Tcp implements AutoCloseable {
        private final Socket socket = new Socket(LOOPBACK, port);
        private final BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), ISO_8859_1));

        Tcp() throws IOException {
            socket.setSoTimeout(5000);
        }

        String send(String requestLine, String... headers) throws IOException {
            String text = request(requestLine, "TCP", socket.getLocalPort(), headers);
            socket.getOutputStream().write(text.getBytes(ISO_8859_1));
            String status = in.readLine();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // skip the headers, there is no body
            }
            return status;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A non-daemon thread left behind would keep the JVM from ending. */
    private static void assertNoThreadLeftSince(Set<Thread> before) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> !before.contains(thread) && !thread.isDaemon() && thread.isAlive())
                        .collect(Collectors.toSet()))
                .isEmpty());
    }

    private static int freePort() {
        try (DatagramSocket udp = new DatagramSocket(0, LOOPBACK);
                ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 50, LOOPBACK)) {
            return udp.getLocalPort();
        } catch (IOException portTakenForTcp) {
            return freePort();
        }
    }
}
