package com.zongji.engine.call;

/**
 * What the signalling and media layer reports to the engine. Called on signalling threads; events of one
 * leg arrive in order.
 */
public interface CallSignals {

    /** An INVITE from the trunk to an office number; answers whether the engine takes the call. */
    InboundAdmission inboundCall(InboundOffer offer);

    /**
     * An outgoing leg is ringing (first 18x); for an admitted inbound leg, the signalling layer now holds
     * it (after 180 Ringing) and the engine may answer it.
     */
    void ringing(LegRef leg);

    void answered(LegRef leg);

    /** A leg being placed ended without an answer. */
    void failed(LegRef leg, LegFailure failure);

    /** The far end of an answered leg hung up (BYE), or an inbound caller gave up before the answer (CANCEL). */
    void hungUp(LegRef leg);

    void promptFinished(LegRef leg, Prompt prompt);

    /** Keys gathered as asked; empty when nothing was pressed in time. */
    void digitsCollected(LegRef leg, String digits);
}
