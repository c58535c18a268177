package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.LegRef;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiConsumer;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/**
 * One leg this node holds: where its setup stands, its SIP transaction or dialog and its media. The leg's
 * monitor guards all of it. Reports are queued under the monitor, so they keep the order of the changes
 * that caused them, and delivered after it is released ({@link #deliver()}).
 */
final class Leg {

    enum Stage {
        /** Inbound INVITE kept while the engine decides on it and until it answers. */
        OFFERED,
        /** Outbound INVITE sent, not ringing yet. */
        CALLING,
        /** Outbound INVITE answered by 18x. */
        RINGING,
        /** Inbound: our 200 OK is out, its ACK not yet in. */
        ANSWERING,
        CONNECTED,
        ENDED
    }

    final String sipCallId;
    private final LegReports reports;

    /** Null while the engine decides on an inbound offer. */
    LegRef ref;
    Stage stage;
    MediaSession media;
    /** Our SDP as last sent, repeated to a re-INVITE. */
    String localSdp;
    /** Inbound INVITE without SDP: our 200 OK carried the offer and the ACK brings the answer. */
    boolean answerInAck;
    /** Outbound: a provisional response came, so a CANCEL may be sent. */
    boolean provisionalHeard;
    /** Outbound leg given up before any provisional response: CANCEL as soon as one comes. */
    boolean cancelOnProvisional;
    ServerTransaction invitation;
    String localTag;
    ClientTransaction invite;
    Request ack;
    Dialog dialog;
    ScheduledFuture<?> ringTimer;
    /** An inbound leg's place among the calls being set up, given back when it leaves OFFERED. */
    private Runnable setUpDone;

    private Leg(String sipCallId, LegRef ref, Stage stage, LegReports reports) {
        this.sipCallId = sipCallId;
        this.ref = ref;
        this.stage = stage;
        this.reports = reports;
    }

    static Leg offered(String sipCallId, ServerTransaction invitation, String localTag, LegReports reports,
            Runnable setUpDone) {
        Leg leg = new Leg(sipCallId, null, Stage.OFFERED, reports);
        leg.invitation = invitation;
        leg.localTag = localTag;
        leg.setUpDone = setUpDone;
        return leg;
    }

    static Leg calling(String sipCallId, LegRef ref, LegReports reports) {
        return new Leg(sipCallId, ref, Stage.CALLING, reports);
    }

    boolean isAnswered() {
        return stage == Stage.ANSWERING || stage == Stage.CONNECTED;
    }

    boolean isBeingPlaced() {
        return stage == Stage.CALLING || stage == Stage.RINGING;
    }

    /** Ends the leg here; false when it had ended already. Call under the monitor. */
    boolean end() {
        if (stage == Stage.ENDED) {
            return false;
        }
        stage = Stage.ENDED;
        setUpOver();
        stopRinging();
        return true;
    }

    /** Inbound: our 200 OK is about to go out. Call under the monitor. */
    void answering() {
        stage = Stage.ANSWERING;
        setUpOver();
    }

    private void setUpOver() {
        if (setUpDone != null) {
            setUpDone.run();
            setUpDone = null;
        }
    }

    void stopRinging() {
        if (ringTimer != null) {
            ringTimer.cancel(false);
        }
    }

    /** Queues a report about this leg. Call under the monitor, then {@link #deliver()} outside it. */
    void report(BiConsumer<CallSignals, LegRef> report) {
        LegRef about = ref;
        reports.add(signals -> report.accept(signals, about));
    }

    /** Reports unless the leg has ended (a prompt finishing after a hang-up is no news). */
    void reportWhileLive(BiConsumer<CallSignals, LegRef> report) {
        synchronized (this) {
            if (stage == Stage.ENDED) {
                return;
            }
            report(report);
        }
        deliver();
    }

    void deliver() {
        reports.deliver();
    }

    /** The media of an answered leg, or null; read under the monitor, used outside it. */
    MediaSession answeredMedia() {
        synchronized (this) {
            return isAnswered() ? media : null;
        }
    }

    /** Releases the media; safe to repeat and to call on a leg that never had any. */
    void closeMedia() {
        MediaSession session;
        synchronized (this) {
            session = media;
        }
        if (session != null) {
            session.close();
        }
    }

    @Override
    public String toString() {
        return (ref == null ? "?" : ref.toString()) + " (" + sipCallId + ")";
    }
}
