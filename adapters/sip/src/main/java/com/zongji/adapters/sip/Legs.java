package com.zongji.adapters.sip;

import com.zongji.engine.call.LegRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legs live on this node, found by the engine's name for them or by their SIP Call-ID (each leg is
 * its own dialog). Nothing else about calls is kept in memory.
 *
 * <p>The engine may command an inbound leg before {@code inboundCall} has returned its name to us (the
 * flow it starts can answer and play at once). While offers are being decided, commands for legs we do
 * not know are parked, and replayed in order when the leg is admitted.
 */
final class Legs {

    private static final Logger log = LoggerFactory.getLogger(Legs.class);

    private final Map<LegRef, Leg> byRef = new ConcurrentHashMap<>();
    private final Map<String, Leg> bySipCallId = new ConcurrentHashMap<>();
    /** Guarded by this, as is {@link #deciding}. */
    private final Map<LegRef, List<Consumer<Leg>>> parked = new HashMap<>();
    private int deciding;

    /** Registers an outbound leg; false when that leg is already being placed or connected here. */
    boolean dialled(Leg leg) {
        if (byRef.putIfAbsent(leg.ref, leg) != null) {
            return false;
        }
        bySipCallId.put(leg.sipCallId, leg);
        return true;
    }

    /** Runs a command on a leg held here; ignores it when the leg is not (ended, or on another node). */
    void command(LegRef ref, Consumer<Leg> command) {
        Leg leg = byRef.get(ref);
        if (leg == null) {
            synchronized (this) {
                leg = byRef.get(ref);
                if (leg == null) {
                    if (deciding > 0) {
                        parked.computeIfAbsent(ref, r -> new ArrayList<>()).add(command);
                    } else {
                        log.debug("No leg {} here: command ignored", ref);
                    }
                    return;
                }
            }
        }
        command.accept(leg);
    }

    /** An inbound INVITE the engine is deciding on: reachable by Call-ID (a CANCEL may come meanwhile). */
    synchronized void offered(Leg leg) {
        bySipCallId.put(leg.sipCallId, leg);
        deciding++;
    }

    /** The engine took the offer as {@code leg.ref}: runs what was commanded meanwhile, then registers it. */
    void admitted(Leg leg) {
        while (true) {
            List<Consumer<Leg>> early;
            synchronized (this) {
                early = parked.remove(leg.ref);
                if (early == null) {
                    if (stillOn(leg)) {
                        byRef.put(leg.ref, leg);
                    }
                    decided();
                    return;
                }
            }
            early.forEach(command -> command.accept(leg));
        }
    }

    /** A command run early may have ended it (a hang-up right away); lock order: this, then the leg. */
    private static boolean stillOn(Leg leg) {
        synchronized (leg) {
            return leg.stage != Leg.Stage.ENDED;
        }
    }

    /** An offer the engine refused, or whose caller gave up while it was being decided. */
    synchronized void dropped(Leg leg) {
        bySipCallId.remove(leg.sipCallId, leg);
        if (leg.ref != null) {
            parked.remove(leg.ref);
        }
        decided();
    }

    private void decided() {
        if (--deciding == 0) {
            parked.clear(); // for legs that never came: other nodes', or ended ones
        }
    }

    Optional<Leg> bySipCallId(String callId) {
        return Optional.ofNullable(bySipCallId.get(callId));
    }

    /** The engine is done with the leg, but its SIP side still settles (a CANCEL awaiting the final response). */
    void forget(Leg leg) {
        if (leg.ref != null) {
            byRef.remove(leg.ref, leg);
        }
    }

    void remove(Leg leg) {
        forget(leg);
        bySipCallId.remove(leg.sipCallId, leg);
    }

    /** The legs the engine can command here; for diagnostics and tests. */
    Set<LegRef> live() {
        return Set.copyOf(byRef.keySet());
    }

    int settling() {
        return bySipCallId.size();
    }
}
