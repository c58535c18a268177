package com.zongji.processes.numbering;

import static com.zongji.processes.numbering.SelectionVariables.RESERVED_NUMBER;
import static com.zongji.processes.numbering.SelectionVariables.RESERVED_UNTIL;

import com.zongji.engine.numbering.NumberSelection;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleaseNumber: the reservation lapsed unconfirmed; the number returns to the pool. */
@Component("releaseNumber")
@RequiredArgsConstructor
class ReleaseNumber implements JavaDelegate {

    private final NumberSelection selection;

    @Override
    public void execute(DelegateExecution execution) {
        selection.release(SelectionVariables.enterpriseId(execution), (String) execution.getVariable(RESERVED_NUMBER));
        execution.removeVariable(RESERVED_NUMBER);
        execution.removeVariable(RESERVED_UNTIL);
    }
}
