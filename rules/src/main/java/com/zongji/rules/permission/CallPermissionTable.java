package com.zongji.rules.permission;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.permission.CallAttempt;
import com.zongji.engine.permission.CallPermissionPolicy;
import com.zongji.engine.permission.PermissionDecision;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * Call permissions as the {@code call-permissions} workbook states them: which numbers may be called
 * and at what price, and the checks in the order that decides which reason an employee is shown.
 */
@Component
public class CallPermissionTable extends PolicyTable implements CallPermissionPolicy {

    public CallPermissionTable(ObjectFactory<ActiveRuleTables> tables) {
        super("call-permissions", tables);
    }

    @Override
    public PermissionDecision decide(CallAttempt attempt) {
        return decide(activeRules(), attempt);
    }

    /**
     * Columns: {@code given number} (as dialled), {@code given callee} (COLLEAGUE, EXTERNAL_CONTACT,
     * OTHER), {@code given restricted}, {@code given quota} (empty: unlimited), {@code given used},
     * {@code given balance} (thousandths of a yuan); {@code expect allowed}, {@code expect reason},
     * {@code expect minutes}.
     */
    @Override
    public Optional<String> check(Example example, TableRules rules) {
        CallAttempt attempt = new CallAttempt(
                CalleeNumber.dialled(example.given("number")),
                CalleeIdentity.valueOf(example.given("callee")),
                truth(example.given("restricted")),
                example.given("quota").isEmpty() ? null : Integer.valueOf(example.given("quota")),
                Integer.parseInt(example.given("used")),
                Long.parseLong(example.given("balance")));
        PermissionDecision decision = decide(rules, attempt);
        boolean allowed = truth(example.expected("allowed"));
        String reason = example.expected("reason");
        long minutes = Long.parseLong(example.expected("minutes"));
        if (decision.allowed() == allowed && decision.reasonCode().equals(reason) && decision.allowedMinutes() == minutes) {
            return Optional.empty();
        }
        return Optional.of("expected allowed=" + allowed + " reason=" + reason + " minutes=" + minutes
                + " but the table decided allowed=" + decision.allowed() + " reason=" + decision.reasonCode()
                + " minutes=" + decision.allowedMinutes());
    }

    private static PermissionDecision decide(TableRules rules, CallAttempt attempt) {
        return rules.decideOne(PermissionDecision.class, attempt);
    }

    private static boolean truth(String cell) {
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + cell + "' is neither true nor false");
        };
    }
}
