package com.zongji.adapters.sip.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RTP sessions on even ports of a range (odd ones are left for RTCP by convention), taken in turn so a port
 * just released is not reused at once, skipping ports something else holds. A fixed handful of threads
 * serves all sessions: one receiving (the {@link MediaLoop}), two pacing prompts and timing collections,
 * a few for callbacks and a few for speech synthesis.
 */
public final class RtpMediaSessions implements MediaSessions, AutoCloseable {

    private static final int CLOCK_THREADS = 2;
    private static final int CALLBACK_THREADS = 4;
    private static final int SPEECH_THREADS = 2;

    private final String advertisedHost;
    private final int firstPort;
    private final int portCount;
    private final AtomicInteger nextPort = new AtomicInteger();
    private final Set<RtpMediaSession> open = ConcurrentHashMap.newKeySet();
    private final MediaLoop loop;
    private final ScheduledThreadPoolExecutor clock;
    private final ExecutorService callbacks;
    private final ExecutorService speaking;
    private final SharedMedia shared;

    /**
     * @param advertisedHost the address put in SDP, where far ends send RTP
     * @param portMin        lowest port; rounded up to even
     * @param portMax        highest port
     */
    public RtpMediaSessions(String advertisedHost, int portMin, int portMax, SpeechEngine speech) {
        this.advertisedHost = advertisedHost;
        this.firstPort = portMin + (portMin & 1);
        this.portCount = portMax >= firstPort ? (portMax - firstPort) / 2 + 1 : 0;
        if (portCount == 0) {
            throw new IllegalArgumentException("No even port in " + portMin + "–" + portMax);
        }
        loop = new MediaLoop();
        clock = new ScheduledThreadPoolExecutor(CLOCK_THREADS, named("media-clock"));
        clock.setRemoveOnCancelPolicy(true); // collection timeouts are mostly cancelled by a key
        callbacks = Executors.newFixedThreadPool(CALLBACK_THREADS, named("media-events"));
        speaking = Executors.newFixedThreadPool(SPEECH_THREADS, named("media-speech"));
        shared = new SharedMedia(loop, clock, callbacks, new PromptAudio(new Recordings(), speech, speaking));
    }

    @Override
    public MediaSession open() {
        DatagramChannel channel = bindFreePort();
        LocalDescription local = new LocalDescription(
                advertisedHost, channel.socket().getLocalPort(), ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        RtpMediaSession session = new RtpMediaSession(channel, local, shared, open::remove);
        open.add(session);
        loop.register(channel, session::received);
        return session;
    }

    /** Sessions not yet closed. */
    int openSessions() {
        return open.size();
    }

    private DatagramChannel bindFreePort() {
        for (int attempt = 0; attempt < portCount; attempt++) {
            int port = firstPort + 2 * Math.floorMod(nextPort.getAndIncrement(), portCount);
            DatagramChannel channel = null;
            try {
                channel = DatagramChannel.open();
                channel.bind(new InetSocketAddress(port));
                channel.configureBlocking(false);
                return channel;
            } catch (BindException e) {
                closeQuietly(channel);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("Cannot open an RTP socket on port " + port, e);
            }
        }
        throw new IllegalStateException("No free RTP port in " + firstPort + "–" + (firstPort + 2 * (portCount - 1)));
    }

    @Override
    public void close() {
        List.copyOf(open).forEach(RtpMediaSession::close);
        clock.shutdownNow();
        speaking.shutdownNow();
        callbacks.shutdown();
        loop.close();
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the port was never ours
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
