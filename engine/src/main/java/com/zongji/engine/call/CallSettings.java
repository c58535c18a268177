package com.zongji.engine.call;

import java.math.RoundingMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zongji.calls.*}: how calls are placed and watched on this node.
 *
 * @param nodeId              names this node on the calls it holds; unique per node sharing a database
 * @param employeeRingTimeout how long leg A (the employee's own mobile) may ring
 * @param calleeRingTimeout   how long leg B may ring
 * @param sliceMinutes        balance is held for live calls this many minutes at a time
 * @param sliceRenewalLead    how long before a held slice runs out the next one is requested
 * @param warningBeforeCut    how long before a call is cut the employee hears the warning prompt
 * @param heartbeat           how often this node stamps its live calls as still alive
 * @param abandonedAfter      a call not stamped for this long is closed by whichever node notices
 * @param workers             threads handling call events; one call's events always run on the same one
 * @param minuteRounding      how connected seconds become billed minutes: UP bills every started minute
 *                            (the price per minute is the {@code call-permissions} table's tariff)
 */
@ConfigurationProperties("zongji.calls")
public record CallSettings(
        @DefaultValue("${HOSTNAME:zongji}") String nodeId,
        @DefaultValue("PT30S") Duration employeeRingTimeout,
        @DefaultValue("PT60S") Duration calleeRingTimeout,
        @DefaultValue("3") long sliceMinutes,
        @DefaultValue("PT10S") Duration sliceRenewalLead,
        @DefaultValue("PT60S") Duration warningBeforeCut,
        @DefaultValue("PT10S") Duration heartbeat,
        @DefaultValue("PT60S") Duration abandonedAfter,
        @DefaultValue("8") int workers,
        @DefaultValue("UP") RoundingMode minuteRounding) {
}
