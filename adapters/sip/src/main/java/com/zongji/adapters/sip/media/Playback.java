package com.zongji.adapters.sip.media;

import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One prompt being sent: a 20 ms packet of 160 samples per clock tick, then {@code finished}, unless stopped. */
final class Playback {

    static final int SAMPLES_PER_PACKET = 160;
    private static final long PACKET_MILLIS = 20;

    private final RtpMediaSession session;
    private final Runnable finished;
    private byte[] muLaw;
    private int sent;
    private long firstTimestamp;
    private ScheduledFuture<?> ticking;
    private boolean stopped;

    Playback(RtpMediaSession session, Runnable finished) {
        this.session = session;
        this.finished = finished;
    }

    /** Starts sending once the samples are ready; does nothing if stopped meanwhile. */
    synchronized void start(byte[] samples, ScheduledExecutorService clock) {
        if (stopped) {
            return;
        }
        muLaw = samples;
        firstTimestamp = session.talkspurtTimestamp();
        ticking = clock.scheduleAtFixedRate(this::sendNext, 0, PACKET_MILLIS, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        stopped = true;
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void sendNext() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            int offset = sent * SAMPLES_PER_PACKET;
            if (offset < muLaw.length) {
                byte[] packet = Arrays.copyOfRange(muLaw, offset, offset + SAMPLES_PER_PACKET);
                if (offset + SAMPLES_PER_PACKET > muLaw.length) {
                    Arrays.fill(packet, muLaw.length - offset, SAMPLES_PER_PACKET, AudioCodec.PCMU.silence());
                }
                session.transmit(sent == 0, firstTimestamp + (long) sent * SAMPLES_PER_PACKET, packet);
                sent++;
            }
            if (sent * SAMPLES_PER_PACKET < muLaw.length) {
                return;
            }
            stop();
        }
        finished.run();
    }
}
