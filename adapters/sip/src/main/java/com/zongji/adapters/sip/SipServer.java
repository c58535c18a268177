package com.zongji.adapters.sip;

import gov.nist.javax.sip.EventScanner;
import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipStackImpl;
import java.util.Iterator;
import java.util.Properties;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The JAIN-SIP stack, listening on the configured transports. Started last and stopped first, so calls
 * arrive only while everything they need is up. A failed start fails the application context and leaves
 * no thread behind, so the JVM can end.
 */
public class SipServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SipServer.class);

    private final SipProperties properties;
    private final SipEndpoint endpoint;
    private final SipListener listener;
    private SipStackImpl stack;

    SipServer(SipProperties properties, SipEndpoint endpoint, SipListener listener) {
        this.properties = properties;
        this.endpoint = endpoint;
        this.listener = listener;
    }

    @Override
    public synchronized void start() {
        try {
            // Created directly: SipFactory caches stacks by name and would hand a stopped one to a restart.
            stack = new SipStackImpl(stackProperties());
            SipProvider provider = null;
            for (SipProperties.Transport transport : properties.transports()) {
                ListeningPoint listeningPoint =
                        stack.createListeningPoint(properties.host(), properties.port(), transport.jainName());
                if (provider == null) {
                    provider = stack.createSipProvider(listeningPoint);
                } else {
                    provider.addListeningPoint(listeningPoint);
                }
            }
            provider.addSipListener(listener);
            stack.start();
            endpoint.attach(provider);
            log.info("SIP listening on {}:{} {}", properties.host(), properties.port(), properties.transports());
        } catch (Exception e) {
            IllegalStateException failure = new IllegalStateException(
                    "SIP stack could not start on " + properties.host() + ":" + properties.port(), e);
            if (stack != null) {
                try {
                    shutDown();
                } catch (RuntimeException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    private Properties stackProperties() {
        Properties stackProperties = new Properties();
        stackProperties.setProperty("javax.sip.STACK_NAME", "zongji");
        stackProperties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        stackProperties.setProperty(
                "gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", LenientRequestParser.Factory.class.getName());
        // Without a pool the stack starts a thread per datagram, which a flood turns into thousands.
        stackProperties.setProperty("gov.nist.javax.sip.SIP_MESSAGE_VALVE", StrayAckValve.class.getName());
        stackProperties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        stackProperties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        // Bounds what a TCP peer can make us buffer by announcing a huge Content-Length.
        stackProperties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        return stackProperties;
    }

    /**
     * The stack's stop() throws on a listening point that failed to bind or is still starting, having
     * taken it away first; so it is repeated until it gets through. It also leaves its event thread waiting
     * for one more event, a non-daemon thread that would keep the JVM alive; so that gets one, with no
     * listener left to receive it.
     */
    private void shutDown() {
        endpoint.detach();
        EventScanner events = stack.getEventScanner();
        for (Iterator<?> providers = stack.getSipProviders(); providers.hasNext(); ) {
            ((SipProvider) providers.next()).removeSipListener(listener);
        }
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    stack.stop();
                    return;
                } catch (RuntimeException halfStarted) {
                    if (attempt == properties.transports().size()) {
                        throw halfStarted;
                    }
                    log.debug("Stopping the SIP stack again after {}", halfStarted.toString());
                }
            }
        } finally {
            stack = null;
            events.addEvent(new EventWrapper(new IOExceptionEvent(this, "", 0, ""), null));
        }
    }

    @Override
    public synchronized void stop() {
        if (stack != null) {
            shutDown();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return stack != null;
    }
}
