package com.zongji.adapters.web.call;

import com.zongji.engine.call.CallChanged;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes call changes to the console over server-sent events, once they are committed. Sending happens on
 * a thread of its own, in order, so a slow console never holds up the call whose change it is being told
 * of. Streams are per node: a console sees the calls whose dialogs live on the node it is connected to.
 */
@Component
class CallEventStream {

    private static final long NO_TIMEOUT = 0;

    private record Subscriber(long enterpriseId, Long employeeId, SseEmitter emitter) {

        boolean sees(CallChanged change) {
            return change.enterpriseId() == enterpriseId && (employeeId == null || Objects.equals(employeeId, change.employeeId()));
        }
    }

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "call-event-stream");
        thread.setDaemon(true);
        return thread;
    });

    /** @param employeeId the employee whose calls to send, or null for all of the enterprise's */
    SseEmitter subscribe(long enterpriseId, Long employeeId) {
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
        Subscriber subscriber = new Subscriber(enterpriseId, employeeId, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        // A first line at once commits the response, so a browser's EventSource opens now rather than at
        // the first call change, and a console can tell a live stream from one still connecting.
        try {
            emitter.send(SseEmitter.event().comment("subscribed"));
        } catch (IOException gone) {
            subscribers.remove(subscriber);
        }
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(CallChanged change) {
        if (!subscribers.isEmpty()) {
            sender.execute(() -> send(change));
        }
    }

    private void send(CallChanged change) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.sees(change)) {
                try {
                    subscriber.emitter().send(SseEmitter.event().name("call").data(change));
                } catch (IOException | IllegalStateException gone) {
                    subscribers.remove(subscriber);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
