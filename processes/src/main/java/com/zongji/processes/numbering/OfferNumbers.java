package com.zongji.processes.numbering;

import static com.zongji.processes.numbering.SelectionVariables.CITY;
import static com.zongji.processes.numbering.SelectionVariables.OFFERED_NUMBERS;
import static com.zongji.processes.numbering.SelectionVariables.RESERVATION_TIMEOUT;

import com.zongji.engine.numbering.NumberSelection;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OfferNumbers: records the numbers on offer when selection starts (for Cockpit; the admin's list is
 * read live) and fixes the reservation timeout of this instance from the settings unless it was given.
 */
@Component("offerNumbers")
@RequiredArgsConstructor
class OfferNumbers implements JavaDelegate {

    private final NumberSelection selection;
    private final NumberSelectionSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(RESERVATION_TIMEOUT) == null) {
            execution.setVariable(RESERVATION_TIMEOUT, settings.reservationTimeout().toString());
        }
        var offered = selection.offer(SelectionVariables.enterpriseId(execution), (String) execution.getVariable(CITY));
        execution.setVariable(OFFERED_NUMBERS, String.join(",", offered));
    }
}
