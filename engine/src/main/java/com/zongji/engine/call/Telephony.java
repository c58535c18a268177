package com.zongji.engine.call;

/**
 * What the engine asks of the signalling and media layer (the SIP adapter). Every command returns at
 * once; what comes of it is reported through {@link CallSignals}. Commands for a leg this node does not
 * hold (it has ended, or lives on another node) are ignored.
 */
public interface Telephony {

    /** Places an outgoing leg through the trunk; the engine anchors its media. */
    void dial(LegRef leg, Dialling dialling);

    /** Answers an inbound leg admitted by {@link CallSignals#inboundCall} (200 OK with the engine's SDP). */
    void answer(LegRef leg);

    /** Plays a prompt to an answered leg; {@link CallSignals#promptFinished} follows. */
    void play(LegRef leg, Prompt prompt);

    /** Gathers keys; exactly one {@link CallSignals#digitsCollected} follows unless the leg ends first. */
    void collectDigits(LegRef leg, DigitCollection collection);

    /** Connects the media of two answered legs to each other, ending any prompt or collection on them. */
    void bridge(LegRef first, LegRef second);

    /** Ends a leg whatever its state (BYE, CANCEL or a final error response); nothing is reported back. */
    void hangUp(LegRef leg);
}
