package com.zongji.adapters.sip;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/** What the SIP stack logs at WARN and above during each test; register with {@code @RegisterExtension}. */
final class StackLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger stackLog = (Logger) LoggerFactory.getLogger("gov.nist.javax.sip");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level configured;

    @Override
    public void beforeEach(ExtensionContext context) {
        configured = stackLog.getLevel();
        stackLog.setLevel(Level.WARN);
        logged.list.clear();
        logged.start();
        stackLog.addAppender(logged);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stackLog.detachAppender(logged);
        stackLog.setLevel(configured);
    }

    List<ILoggingEvent> events() {
        return logged.list;
    }
}
