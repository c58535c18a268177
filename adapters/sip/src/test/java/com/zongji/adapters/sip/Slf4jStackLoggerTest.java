package com.zongji.adapters.sip;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the stack logs reaches SLF4J bounded: a quoted datagram must not become a line of hundreds of kB. */
class Slf4jStackLoggerTest {

    @RegisterExtension
    final StackLog logged = new StackLog();

    private final Slf4jStackLogger logger = new Slf4jStackLogger();

    @Test
    void aMessageQuotingAWholeDatagramIsCutAndSaysHowMuch() {
        String packet = Arrays.toString(new byte[65_535]);

        logger.logError("Error while processing incoming UDP packet" + packet, new NullPointerException());

        ILoggingEvent event = logged.events().get(0);
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

        assertThat(logged.events()).hasSize(4).extracting(event -> event.getFormattedMessage().length())
                .allSatisfy(length -> assertThat(length).isLessThan(Slf4jStackLogger.MAX_MESSAGE + 100));
    }

    @Test
    void aRequestDroppedByTheMessageValveIsNoWarning() {
        logger.logWarning("Null request interface returned -- dropping request");

        assertThat(logged.events()).isEmpty();
    }

    @Test
    void aShortMessageIsLoggedAsItIs() {
        logger.logWarning("Dialog not found");

        assertThat(logged.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Dialog not found");
    }
}
