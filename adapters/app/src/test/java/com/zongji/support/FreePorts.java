package com.zongji.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;

/** Finds a local port free for both UDP and TCP, as the SIP listener binds both. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int udpAndTcp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(tcp.getLocalPort())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // the UDP side of this port is busy; try another one
            }
        }
        throw new UncheckedIOException(new IOException("No port free for both UDP and TCP"));
    }
}
