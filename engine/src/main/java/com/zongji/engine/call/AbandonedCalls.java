package com.zongji.engine.call;

import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes calls whose dialogs are gone: at start-up those this node held before it (re)started, and at any
 * time those no node has stamped alive for a while (their node died). Each is ended and billed at the
 * last moment it was known alive, which this node's heartbeat keeps within seconds of the truth.
 */
@Component
@RequiredArgsConstructor
public class AbandonedCalls {

    private static final Logger log = LoggerFactory.getLogger(AbandonedCalls.class);

    private final CallBook book;
    private final LiveCalls live;
    private final ObjectProvider<InboundCallFlow> inboundFlow;
    private final CallSettings settings;
    private final Clock clock;
    private final Instant bootedAt = Instant.now();

    @EventListener(ApplicationReadyEvent.class)
    public void closeLeftOverCalls() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${zongji.calls.heartbeat:PT10S}")
    public void heartbeat() {
        book.touch(live.ids());
    }

    @Scheduled(fixedDelayString = "${zongji.calls.abandoned-after:PT60S}", initialDelayString = "${zongji.calls.abandoned-after:PT60S}")
    public void sweep() {
        for (CallRecord call : book.abandoned(settings.nodeId(), bootedAt, clock.instant().minus(settings.abandonedAfter()))) {
            if (live.get(call.getId()).isPresent()) {
                continue;
            }
            CallRecord closed = book.closeAbandoned(call.getId());
            log.warn("Closed call {} left open by node {}: {} s connected, {} thousandths charged", closed.getId(),
                    call.getNodeId(), closed.getDurationSeconds(), closed.getCostThousandths());
            if (closed.getDirection() == CallDirection.INBOUND) {
                inboundFlow.getObject().callEnded(closed.getId());
            }
        }
    }
}
