package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSession;
import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.Prompt;
import com.zongji.engine.call.Telephony;
import java.util.function.Consumer;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's commands, carried out on the legs this node holds; each returns once it is under way. */
final class SipTelephony implements Telephony {

    private static final Logger log = LoggerFactory.getLogger(SipTelephony.class);

    private final Legs legs;
    private final SipEndpoint endpoint;
    private final OutboundLegs outbound;
    private final InboundLegs inbound;

    SipTelephony(Legs legs, SipEndpoint endpoint, OutboundLegs outbound, InboundLegs inbound) {
        this.legs = legs;
        this.endpoint = endpoint;
        this.outbound = outbound;
        this.inbound = inbound;
    }

    @Override
    public void dial(LegRef leg, Dialling dialling) {
        outbound.dial(leg, dialling);
    }

    @Override
    public void answer(LegRef leg) {
        legs.command(leg, inbound::answer);
    }

    @Override
    public void play(LegRef ref, Prompt prompt) {
        legs.command(ref, leg -> withMedia(leg, "play", media -> media.play(prompt,
                () -> leg.reportWhileLive((signals, about) -> signals.promptFinished(about, prompt)))));
    }

    @Override
    public void collectDigits(LegRef ref, DigitCollection collection) {
        legs.command(ref, leg -> withMedia(leg, "collect digits", media -> media.collect(collection,
                digits -> leg.reportWhileLive((signals, about) -> signals.digitsCollected(about, digits)))));
    }

    @Override
    public void bridge(LegRef first, LegRef second) {
        legs.command(first, one -> legs.command(second, other -> withMedia(one, "bridge",
                media -> withMedia(other, "bridge", media::bridgeWith))));
    }

    @Override
    public void hangUp(LegRef leg) {
        legs.command(leg, this::end);
    }

    private void end(Leg leg) {
        Leg.Stage was;
        synchronized (leg) {
            was = leg.stage;
            if (!leg.end()) {
                return;
            }
        }
        switch (was) {
            case OFFERED -> {
                endpoint.respond(leg.invitation, Response.TEMPORARILY_UNAVAILABLE, null, leg.localTag, null);
                legs.remove(leg);
            }
            case CALLING, RINGING -> outbound.giveUp(leg);
            default -> {
                endpoint.bye(leg.dialog);
                legs.remove(leg);
                leg.closeMedia();
            }
        }
    }

    private static void withMedia(Leg leg, String what, Consumer<MediaSession> action) {
        MediaSession media = leg.answeredMedia();
        if (media == null) {
            log.debug("Leg {} is not answered: cannot {}", leg, what);
            return;
        }
        action.accept(media);
    }
}
