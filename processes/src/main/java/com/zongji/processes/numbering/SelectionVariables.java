package com.zongji.processes.numbering;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The variable names of the number-selection process, shared by its delegates and its message port. */
final class SelectionVariables {

    static final String ENTERPRISE_ID = "enterpriseId";
    static final String CITY = "city";
    static final String RESERVATION_TIMEOUT = "reservationTimeout";
    static final String OFFERED_NUMBERS = "offeredNumbers";
    static final String PICKED_NUMBER = "pickedNumber";
    static final String PICK_ERROR = "pickError";
    static final String RESERVED_NUMBER = "reservedNumber";
    static final String RESERVED_UNTIL = "reservedUntil";
    static final String OFFICE_NUMBER = "officeNumber";

    private SelectionVariables() {
    }

    static long enterpriseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ENTERPRISE_ID)).longValue();
    }
}
