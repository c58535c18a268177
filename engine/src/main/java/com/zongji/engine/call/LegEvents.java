package com.zongji.engine.call;

/**
 * What happens on the legs of one kind of call, handled on the call's worker thread (see
 * {@link LiveCalls}) by the service that runs that kind of call.
 */
public interface LegEvents {

    void ringing(LegRef leg);

    void answered(LegRef leg);

    void failed(LegRef leg, LegFailure failure);

    void hungUp(LegRef leg);

    default void promptFinished(LegRef leg, Prompt prompt) {
    }

    default void digitsCollected(LegRef leg, String digits) {
    }
}
