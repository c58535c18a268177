package com.zongji.processes.numbering;

import static com.zongji.processes.numbering.SelectionVariables.PICKED_NUMBER;
import static com.zongji.processes.numbering.SelectionVariables.PICK_ERROR;
import static com.zongji.processes.numbering.SelectionVariables.RESERVATION_TIMEOUT;
import static com.zongji.processes.numbering.SelectionVariables.RESERVED_NUMBER;
import static com.zongji.processes.numbering.SelectionVariables.RESERVED_UNTIL;

import com.zongji.engine.numbering.NumberSelection;
import com.zongji.engine.numbering.NumberUnavailable;
import com.zongji.engine.numbering.Reservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReserveNumber: holds the picked number for the reservation timeout. The timer of the process fires at
 * the same {@code reservedUntil} the database holds. A number taken meanwhile by another enterprise is the
 * BPMN error {@code NumberTaken}, its message kept in {@code pickError}.
 */
@Component("reserveNumber")
@RequiredArgsConstructor
class ReserveNumber implements JavaDelegate {

    static final String NUMBER_TAKEN = "NumberTaken";

    private final NumberSelection selection;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String picked = (String) execution.getVariable(PICKED_NUMBER);
        Duration timeout = Duration.parse((String) execution.getVariable(RESERVATION_TIMEOUT));
        // Whole milliseconds: the timer's Date and the database's timestamp name the very same moment.
        Instant until = clock.instant().plus(timeout).truncatedTo(ChronoUnit.MILLIS);
        try {
            Reservation reservation = selection.reserve(SelectionVariables.enterpriseId(execution), picked, until);
            execution.setVariable(RESERVED_NUMBER, reservation.number());
            execution.setVariable(RESERVED_UNTIL, Date.from(reservation.reservedUntil()));
            execution.setVariable(PICK_ERROR, null);
        } catch (NumberUnavailable taken) {
            execution.setVariable(PICK_ERROR, taken.getMessage());
            throw new BpmnError(NUMBER_TAKEN, taken.getMessage());
        }
    }
}
