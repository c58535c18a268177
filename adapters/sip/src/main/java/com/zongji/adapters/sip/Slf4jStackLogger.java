package com.zongji.adapters.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JAIN-SIP's own logging to SLF4J. Without it the stack falls back to log4j 1.x, which is not on
 * the class path, and fails to start with a misleading "Ensure the Path Name has been set".
 *
 * <p>The stack's info level traces every message sent and received, so it is logged as debug. Its messages
 * can quote a whole received datagram (as a decimal byte list, several hundred kilobytes for 64 kB), so any
 * message is cut to {@value #MAX_MESSAGE} characters, saying how much was cut: a sender must not fill the disks.
 */
public class Slf4jStackLogger implements StackLogger {

    static final int MAX_MESSAGE = 4_000;
    /** What the stack warns of each request a message valve drops. */
    static final String VALVE_DROPPED = "Null request interface returned";

    private static final Logger log = LoggerFactory.getLogger("gov.nist.javax.sip");

    /** {@code message} as logged: at most {@value #MAX_MESSAGE} characters and a note of what was cut. */
    static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE) + "... [" + (message.length() - MAX_MESSAGE) + " characters cut]";
    }

    @Override
    public boolean isLoggingEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int level) {
        return switch (level) {
            case TRACE_NONE -> false;
            case TRACE_FATAL, TRACE_ERROR -> log.isErrorEnabled();
            case TRACE_WARN -> log.isWarnEnabled();
            case TRACE_INFO, TRACE_DEBUG -> log.isDebugEnabled();
            default -> log.isTraceEnabled();
        };
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int level) {
        if (log.isTraceEnabled()) {
            log.trace("stack trace", new Throwable());
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        log.warn(bounded(ex.toString()), ex);
    }

    @Override
    public void logDebug(String message) {
        log.debug(bounded(message));
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log.debug(bounded(message), ex);
    }

    @Override
    public void logTrace(String message) {
        log.trace(bounded(message));
    }

    @Override
    public void logFatalError(String message) {
        log.error(bounded(message));
    }

    @Override
    public void logError(String message) {
        log.error(bounded(message));
    }

    @Override
    public void logError(String message, Exception ex) {
        log.error(bounded(message), ex);
    }

    @Override
    public void logWarning(String message) {
        if (message != null && message.startsWith(VALVE_DROPPED)) {
            log.debug(message); // our StrayAckValve's choice, not a fault: a flood of stray ACKs must not flood the log
        } else {
            log.warn(bounded(message));
        }
    }

    @Override
    public void logInfo(String message) {
        log.debug(bounded(message));
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return log.getName();
    }
}
