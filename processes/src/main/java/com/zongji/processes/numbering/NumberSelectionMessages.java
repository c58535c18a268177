package com.zongji.processes.numbering;

import static com.zongji.processes.numbering.SelectionVariables.PICKED_NUMBER;
import static com.zongji.processes.numbering.SelectionVariables.PICK_ERROR;

import com.zongji.engine.numbering.NumberSelection;
import com.zongji.engine.numbering.NumberSelectionFlow;
import com.zongji.engine.numbering.NumberUnavailable;
import com.zongji.engine.numbering.Reservation;
import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;

/**
 * The admin's pick and confirmation as the messages {@code NumberPicked} and {@code NumberConfirmed},
 * correlated by business key (the enterprise id) into its running {@code number-selection} instance.
 * Not transactional on purpose: a refused pick is committed into the process (back to waiting, with
 * {@code pickError}) before the caller hears of it.
 */
@Component
@RequiredArgsConstructor
class NumberSelectionMessages implements NumberSelectionFlow {

    static final String NUMBER_PICKED = "NumberPicked";
    static final String NUMBER_CONFIRMED = "NumberConfirmed";

    private final RuntimeService runtime;
    private final NumberSelection selection;

    @Override
    public Reservation pick(long enterpriseId, String number) {
        selection.checkPick(enterpriseId, number);
        MessageCorrelationResult result = correlate(NUMBER_PICKED, enterpriseId, Map.of(PICKED_NUMBER, number),
                () -> "当前不在选号步骤:已有号码待确认,或选号尚未开始 (no pick is awaited)");
        Object pickError = runtime.getVariable(result.getExecution().getProcessInstanceId(), PICK_ERROR);
        if (pickError != null) {
            throw new NumberUnavailable(pickError.toString());
        }
        return selection.reservationOf(enterpriseId).orElseThrow(() -> new NumberUnavailable(
                "号码 " + number + " 的预留已过期,请重新选号 (reservation lapsed)"));
    }

    @Override
    public String confirm(long enterpriseId) {
        correlate(NUMBER_CONFIRMED, enterpriseId, Map.of(),
                () -> "没有待确认的号码:请先选号 (no reserved number to confirm)");
        return selection.confirmedNumberOf(enterpriseId).orElseThrow();
    }

    private MessageCorrelationResult correlate(String message, long enterpriseId, Map<String, Object> variables,
                                               Supplier<String> notAwaited) {
        String businessKey = Long.toString(enterpriseId);
        boolean awaited = runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(message).count() > 0;
        if (!awaited) {
            throw new IllegalStateException(notAwaited.get());
        }
        try {
            return runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException(notAwaited.get(), e);
        } catch (OptimisticLockingException e) {
            throw new IllegalStateException("选号操作与另一操作同时发生,请重试 (concurrent change, retry)", e);
        }
    }
}
