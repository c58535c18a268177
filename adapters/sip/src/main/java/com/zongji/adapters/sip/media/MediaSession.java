package com.zongji.adapters.sip.media;

import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Prompt;
import java.util.function.Consumer;

/**
 * The engine's RTP end of one leg: a local UDP port, the SDP that describes it, prompts played into it,
 * keys received from it, and a relay to another leg's session once the two are bridged. G.711 µ-law
 * (PCMU/0) and A-law (PCMA/8) with RFC 4733 telephone-event; one instance per SIP dialog.
 */
public interface MediaSession extends AutoCloseable {

    /** An SDP offer describing this session (for an outgoing INVITE). */
    String offer();

    /** Takes the far end's answer to {@link #offer()}: its address, port and chosen codec. */
    void acceptAnswer(String remoteSdp);

    /** Answers the far end's offer (from an incoming INVITE); the answer is the SDP to send in 200 OK. */
    String answer(String remoteOffer);

    /** Plays a prompt; {@code finished} runs once it has been sent entirely, or is not run if stopped. */
    void play(Prompt prompt, Runnable finished);

    /** Gathers keys as described; {@code collected} runs exactly once with the digits (maybe empty). */
    void collect(DigitCollection collection, Consumer<String> collected);

    /** A key received by other means (SIP INFO), handled as if it came as a telephone-event. */
    void keyPressed(char key);

    /** Stops prompts and collection here and on {@code other}, then relays RTP both ways between the two. */
    void bridgeWith(MediaSession other);

    /** Releases the port; stops playing, collecting and relaying. Safe to repeat. */
    @Override
    void close();
}
