package com.zongji.processes.numbering;

import static com.zongji.processes.numbering.SelectionVariables.OFFICE_NUMBER;
import static com.zongji.processes.numbering.SelectionVariables.RESERVED_NUMBER;

import com.zongji.engine.numbering.NumberSelection;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssignNumber: the admin confirmed; the reserved number is the enterprise's office number for good. */
@Component("assignNumber")
@RequiredArgsConstructor
class AssignNumber implements JavaDelegate {

    private final NumberSelection selection;

    @Override
    public void execute(DelegateExecution execution) {
        String number = selection.confirm(SelectionVariables.enterpriseId(execution),
                (String) execution.getVariable(RESERVED_NUMBER));
        execution.setVariable(OFFICE_NUMBER, number);
    }
}
