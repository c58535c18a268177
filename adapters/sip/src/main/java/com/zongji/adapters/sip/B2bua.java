package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.numbering.ServedNumbers;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The engine's back-to-back user agent: every call leg is a SIP dialog of its own between the engine and
 * a phone (through the trunk), with the engine's media in the middle. Assembles the SIP server, the legs
 * this node holds and the {@link Telephony} the engine commands them by.
 */
public final class B2bua implements AutoCloseable {

    /** Engine work per report is a transaction or a message correlation: a few milliseconds each. */
    private static final int REPORTING_THREADS = 8;

    private final Legs legs = new Legs();
    private final ExecutorService reporting =
            Executors.newFixedThreadPool(REPORTING_THREADS, daemons("zongji-call-signals-"));
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(daemons("zongji-ring-timer-"));
    private final SipServer server;
    private final Telephony telephony;

    B2bua(SipProperties properties, InviteAdmission admission, ServedNumbers servedNumbers, MediaSessions media,
            Supplier<CallSignals> signals) {
        SipEndpoint endpoint = new SipEndpoint(properties);
        Supplier<LegReports> reports = () -> new LegReports(reporting, signals);
        OutboundLegs outbound = new OutboundLegs(endpoint, legs, media, reports, timers);
        InboundLegs inbound = new InboundLegs(endpoint, legs, media, reports, signals);
        DialogRequests dialogs = new DialogRequests(endpoint, legs, inbound);
        RequestRoute route = new RequestRoute(servedNumbers, inbound, dialogs, admission);
        this.server = new SipServer(properties, endpoint, new SignallingListener(route, endpoint, outbound, dialogs));
        this.telephony = new SipTelephony(legs, endpoint, outbound, inbound);
    }

    public SipServer server() {
        return server;
    }

    public Telephony telephony() {
        return telephony;
    }

    /** The legs the engine can command on this node. */
    public Set<LegRef> liveLegs() {
        return legs.live();
    }

    @Override
    public void close() {
        server.stop();
        timers.shutdownNow();
        reporting.shutdown();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
