package com.zongji.processes.inbound;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code inbound-call} that Java reads or writes. Delegates read their inputs (the
 * diagram's input parameters) by name and write results the diagram's gateways and inputs refer to.
 */
final class InboundCallVariables {

    static final String CALL_ID = "callId";
    static final String ENTERPRISE_ID = "enterpriseId";
    static final String CALLER_NUMBER = "callerNumber";
    static final String OFFICE_NUMBER = "officeNumber";
    /** The employee a ring or missed-call step is about (an input), or whom a lookup found (a result). */
    static final String EMPLOYEE_ID = "employeeId";
    /** Set by the message DigitsCollected: the keys pressed, empty when none came in time. */
    static final String DIGITS = "digits";
    /** Set by the message RingFailed: the {@link com.zongji.engine.call.LegFailure} name. */
    static final String RING_FAILURE = "ringFailure";

    private InboundCallVariables() {
    }

    static long callId(VariableScope scope) {
        return ((Number) scope.getVariable(CALL_ID)).longValue();
    }

    static Object required(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("inbound-call: the input '" + name + "' is missing or empty");
        }
        return value;
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString();
    }

    static long longValue(VariableScope scope, String name) {
        Object value = required(scope, name);
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
    }

    static int intValue(VariableScope scope, String name) {
        return Math.toIntExact(longValue(scope, name));
    }

    /** An ISO-8601 duration such as {@code PT30S}, as an analyst writes it in an input parameter. */
    static Duration duration(VariableScope scope, String name) {
        Object value = required(scope, name);
        return value instanceof Duration duration ? duration : Duration.parse(value.toString().trim());
    }
}
