package com.zongji.adapters.sip.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that receives RTP for every session: a selector over all their sockets, so a thousand
 * calls need a thousand ports but not a thousand threads. Receivers run on this thread and must not block.
 */
final class MediaLoop implements AutoCloseable {

    /** Called with the datagram in a buffer that is reused once the call returns. */
    interface Receiver {
        void received(byte[] data, int length, InetSocketAddress from);
    }

    private static final Logger log = LoggerFactory.getLogger(MediaLoop.class);
    /** Datagrams taken from one socket before the others get their turn. */
    private static final int BURST = 16;

    private final Selector selector;
    private final Queue<Runnable> registrations = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(2048);
    private final Thread thread;
    private volatile boolean running = true;

    MediaLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the RTP selector", e);
        }
        thread = new Thread(this::run, "media-rtp");
        thread.setDaemon(true);
        thread.start();
    }

    void register(DatagramChannel channel, Receiver receiver) {
        registrations.add(() -> {
            try {
                channel.register(selector, SelectionKey.OP_READ, receiver);
            } catch (ClosedChannelException e) {
                log.debug("RTP socket closed before it was watched");
            }
        });
        selector.wakeup();
    }

    /** Closes the socket; its port is free once the selector has dropped it, which the wake-up hastens. */
    void release(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Closing an RTP socket failed", e);
        }
        selector.wakeup();
    }

    private void run() {
        while (running) {
            try {
                selector.select();
                Runnable registration;
                while ((registration = registrations.poll()) != null) {
                    registration.run();
                }
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    if (key.isValid()) {
                        drain((DatagramChannel) key.channel(), (Receiver) key.attachment());
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.warn("RTP receive loop error; continuing", e);
            }
        }
    }

    private void drain(DatagramChannel channel, Receiver receiver) {
        for (int i = 0; i < BURST; i++) {
            buffer.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) channel.receive(buffer);
            } catch (IOException e) {
                log.debug("RTP receive failed", e);
                return;
            }
            if (from == null) {
                return;
            }
            try {
                receiver.received(buffer.array(), buffer.position(), from);
            } catch (RuntimeException e) {
                log.warn("Handling an RTP packet from {} failed", from, e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(1000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.debug("Closing the RTP selector failed", e);
        }
    }
}
