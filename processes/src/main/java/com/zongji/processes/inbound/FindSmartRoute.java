package com.zongji.processes.inbound;

import static com.zongji.processes.inbound.InboundCallVariables.EMPLOYEE_ID;

import com.zongji.engine.call.InboundCallSteps;
import com.zongji.engine.call.SmartRoute;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Smart routing, reading the input {@code callbackWindow}. Sets {@code routeKind} (a
 * {@link SmartRoute.Kind} name, or null when the caller goes to the IVR) and, for a route, the employee
 * to ring as {@code employeeId}, {@code employeeName} and {@code minutesAgo} for the announcement.
 */
@Component("findSmartRoute")
@RequiredArgsConstructor
class FindSmartRoute implements JavaDelegate {

    static final String CALLBACK_WINDOW = "callbackWindow";
    static final String ROUTE_KIND = "routeKind";
    static final String EMPLOYEE_NAME = "employeeName";
    static final String MINUTES_AGO = "minutesAgo";

    private final InboundCallSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        Optional<SmartRoute> route = steps.smartRoute(InboundCallVariables.callId(execution),
                InboundCallVariables.duration(execution, CALLBACK_WINDOW));
        execution.setVariable(ROUTE_KIND, route.map(found -> found.kind().name()).orElse(null));
        route.ifPresent(found -> {
            execution.setVariable(EMPLOYEE_ID, found.employeeId());
            execution.setVariable(EMPLOYEE_NAME, found.employeeName());
            execution.setVariable(MINUTES_AGO, found.minutesAgo());
        });
    }
}
