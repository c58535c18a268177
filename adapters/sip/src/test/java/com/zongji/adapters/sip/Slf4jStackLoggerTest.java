package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the stack logs reaches SLF4J bounded: a quoted datagram must not become a line of hundreds of kB. */
class Slf4jStackLoggerTest {

    private final Logger stackLog = (Logger) LoggerFactory.getLogger("gov.nist.javax.sip");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Slf4jStackLogger logger = new Slf4jStackLogger();
    private final Level configured = stackLog.getLevel();

    @BeforeEach
    void listen() {
        stackLog.setLevel(Level.WARN);
        logged.start();
        stackLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        stackLog.detachAppender(logged);
        stackLog.setLevel(configured);
    }

    @Test
    void aMessageQuotingAWholeDatagramIsCutAndSaysHowMuch() {
        String packet = Arrays.toString(new byte[65_535]);

        logger.logError("Error while processing incoming UDP packet" + packet, new NullPointerException());

        ILoggingEvent event = logged.list.get(0);
        int cut = "Error while processing incoming UDP packet".length() + packet.length()
                - Slf4jStackLogger.MAX_MESSAGE;
        assertThat(event.getFormattedMessage())
                .startsWith("Error while processing incoming UDP packet[0, 0, ")
                .endsWith("... [" + cut + " characters cut]")
                .hasSize(Slf4jStackLogger.MAX_MESSAGE + ("... [" + cut + " characters cut]").length());
        assertThat(event.getThrowableProxy().getClassName()).isEqualTo(NullPointerException.class.getName());
    }

    @Test
    void everyLevelIsBounded() {
        String huge = "x".repeat(300_000);

        logger.logFatalError(huge);
        logger.logError(huge);
        logger.logWarning(huge);
        logger.logException(new IllegalStateException(huge));

        assertThat(logged.list).hasSize(4).extracting(event -> event.getFormattedMessage().length())
                .allSatisfy(length -> assertThat(length).isLessThan(Slf4jStackLogger.MAX_MESSAGE + 100));
    }

    @Test
    void aRequestDroppedByTheMessageValveIsNoWarning() {
        logger.logWarning("Null request interface returned -- dropping request");

        assertThat(logged.list).isEmpty();
    }

    @Test
    void aShortMessageIsLoggedAsItIs() {
        logger.logWarning("Dialog not found");

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Dialog not found");
    }
}
