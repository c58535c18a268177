package com.zongji.adapters.sip.media;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Prompt;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A media session on one local UDP port. RTP goes to the address the far end's SDP gives until the first
 * packet arrives from it; from then on to that packet's source (symmetric RTP), which is what gets media
 * through the far end's NAT. Received packets are handled on the {@link MediaLoop} thread, prompts are
 * paced by the shared clock, and callbacks run on the shared callback pool in order.
 */
final class RtpMediaSession implements MediaSession {

    private static final Logger log = LoggerFactory.getLogger(RtpMediaSession.class);
    private static final long NANOS_PER_SAMPLE = 125_000;

    private final DatagramChannel channel;
    private final LocalDescription local;
    private final SharedMedia shared;
    private final Consumer<RtpMediaSession> onClose;
    private final Executor events;
    private final Keypad keypad;
    private final TelephoneEvents telephoneEvents = new TelephoneEvents();
    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile InetSocketAddress remote;
    private volatile boolean latched;
    private volatile AudioCodec codec = AudioCodec.PCMU;
    private volatile int remoteTelephoneEvent = -1;
    private volatile RtpMediaSession bridged;
    private Playback playing;

    private final Object sending = new Object();
    private final int ssrc;
    private final long clockOrigin = System.nanoTime();
    private final long timestampOrigin;
    private int sequence;
    private long lastTimestamp;

    RtpMediaSession(DatagramChannel channel, LocalDescription local, SharedMedia shared, Consumer<RtpMediaSession> onClose) {
        this.channel = channel;
        this.local = local;
        this.shared = shared;
        this.onClose = onClose;
        this.events = new SerialExecutor(shared.callbacks());
        this.keypad = new Keypad(shared.clock(), events);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.ssrc = random.nextInt();
        this.sequence = random.nextInt(0x10000);
        this.timestampOrigin = random.nextLong(0x1_0000_0000L);
        this.lastTimestamp = timestampOrigin - Playback.SAMPLES_PER_PACKET;
    }

    int localPort() {
        return local.port();
    }

    @Override
    public String offer() {
        return local.offer();
    }

    @Override
    public void acceptAnswer(String remoteSdp) {
        SessionDescription answer = SessionDescription.parse(remoteSdp);
        negotiate(answer);
    }

    @Override
    public String answer(String remoteOffer) {
        SessionDescription offer = SessionDescription.parse(remoteOffer);
        return local.answer(negotiate(offer), offer.telephoneEvent());
    }

    /** The far end's first G.711 codec: in an offer its preference, in an answer its choice among ours. */
    private AudioCodec negotiate(SessionDescription far) {
        AudioCodec chosen = far.codecs().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No common codec: the far end offers "
                        + far.payloadTypes() + ", the engine speaks PCMU (0) and PCMA (8)"));
        codec = chosen;
        remoteTelephoneEvent = far.telephoneEvent().orElse(-1);
        if (!latched) {
            remote = far.sendsNowhere() ? null : reachable(far);
        }
        return chosen;
    }

    /**
     * Where RTP goes. An address that does not resolve (such as {@code 999.1.1}) is refused here: sending to it
     * would throw on every packet and stop the prompt's clock, leaving the flow waiting for its end (found by
     * the long fuzz run: calls that stayed open).
     */
    private static InetSocketAddress reachable(SessionDescription far) {
        InetSocketAddress address = new InetSocketAddress(far.address(), far.port());
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("Cannot resolve the SDP connection address " + far.address());
        }
        return address;
    }

    @Override
    public void play(Prompt prompt, Runnable finished) {
        if (closed.get()) {
            return;
        }
        Playback playback = new Playback(this, () -> events.execute(finished));
        synchronized (this) {
            stopPlaying();
            playing = playback;
        }
        shared.prompts().muLaw(prompt).whenComplete((samples, error) -> {
            if (error != null) {
                log.warn("Cannot play {}; reporting it played", prompt, error);
            }
            playback.start(error == null ? samples : new byte[0], shared.clock());
        });
    }

    @Override
    public void collect(DigitCollection collection, Consumer<String> collected) {
        if (!closed.get()) {
            keypad.collect(collection, collected);
        }
    }

    @Override
    public void keyPressed(char key) {
        if (!closed.get()) {
            keypad.press(key);
        }
    }

    @Override
    public void bridgeWith(MediaSession other) {
        if (!(other instanceof RtpMediaSession peer) || peer == this) {
            throw new IllegalArgumentException("Can only bridge with another RTP session of this engine");
        }
        stopPromptsAndCollection();
        peer.stopPromptsAndCollection();
        bridged = peer;
        peer.bridged = this;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopPromptsAndCollection();
        RtpMediaSession peer = bridged;
        bridged = null;
        if (peer != null && peer.bridged == this) {
            peer.bridged = null;
        }
        shared.loop().release(channel);
        onClose.accept(this);
    }

    /** A datagram for this session, on the media loop thread. */
    void received(byte[] data, int length, InetSocketAddress from) {
        RtpHeader header = RtpHeader.parse(data, length);
        if (header == null || closed.get()) {
            return;
        }
        if (!latched) {
            latched = true;
            remote = from;
        }
        RtpMediaSession peer = bridged;
        if (peer != null) {
            peer.relay(data, length, header, this);
        } else if (isTelephoneEvent(header.payloadType())) {
            char key = telephoneEvents.key(header, data);
            if (key != 0) {
                keypad.press(key);
            }
        }
    }

    /**
     * Sends a packet received by the bridged session on to this session's far end, rewritten only where the
     * two far ends negotiated differently: the codec (A-law ↔ µ-law) and the telephone-event payload type.
     */
    private void relay(byte[] data, int length, RtpHeader header, RtpMediaSession source) {
        InetSocketAddress to = remote;
        if (to == null) {
            return;
        }
        int payloadType = header.payloadType();
        if (source.isTelephoneEvent(payloadType)) {
            if (remoteTelephoneEvent < 0) {
                return;
            }
            RtpHeader.rewritePayloadType(data, remoteTelephoneEvent);
        } else {
            AudioCodec received = AudioCodec.ofPayloadType(payloadType).orElse(null);
            if (received != null && received != codec) {
                codec.transcodeInPlace(received, data, header.payloadOffset(), header.payloadLength());
                RtpHeader.rewritePayloadType(data, codec.payloadType());
            }
        }
        send(ByteBuffer.wrap(data, 0, length), to);
    }

    /** The RTP timestamp for a prompt starting now: wall-clock time, never behind the previous prompt. */
    long talkspurtTimestamp() {
        synchronized (sending) {
            long now = timestampOrigin + (System.nanoTime() - clockOrigin) / NANOS_PER_SAMPLE;
            return Math.max(now, lastTimestamp + Playback.SAMPLES_PER_PACKET);
        }
    }

    /** Sends 20 ms of a prompt in the negotiated codec, with this session's own SSRC and sequence. */
    void transmit(boolean marker, long timestamp, byte[] muLawSamples) {
        AudioCodec sendCodec = codec;
        sendCodec.transcodeInPlace(AudioCodec.PCMU, muLawSamples, 0, muLawSamples.length);
        ByteBuffer packet = ByteBuffer.allocate(RtpHeader.SIZE + muLawSamples.length);
        synchronized (sending) {
            new RtpHeader(marker, sendCodec.payloadType(), sequence, timestamp & 0xFFFFFFFFL, ssrc, 0, 0)
                    .writeTo(packet);
            sequence = (sequence + 1) & 0xFFFF;
            lastTimestamp = timestamp;
        }
        packet.put(muLawSamples).flip();
        InetSocketAddress to = remote;
        if (to != null) {
            send(packet, to);
        }
    }

    private boolean isTelephoneEvent(int payloadType) {
        return payloadType == LocalDescription.TELEPHONE_EVENT || payloadType == remoteTelephoneEvent;
    }

    private void stopPromptsAndCollection() {
        synchronized (this) {
            stopPlaying();
        }
        keypad.stop();
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.stop();
            playing = null;
        }
    }

    private void send(ByteBuffer packet, InetSocketAddress to) {
        try {
            channel.send(packet, to);
        } catch (IOException e) {
            log.debug("RTP to {} not sent", to, e);
        }
    }
}
