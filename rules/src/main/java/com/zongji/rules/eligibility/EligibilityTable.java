package com.zongji.rules.eligibility;

import com.zongji.engine.enterprise.EligibilityDecision;
import com.zongji.engine.enterprise.EligibilityPolicy;
import com.zongji.engine.enterprise.EnterpriseApplication;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * Enterprise eligibility as the {@code enterprise-eligibility} workbook states it: the open regions,
 * the materials early-certified enterprises add, and the checks in the order that decides which reason
 * an admin is shown.
 */
@Component
public class EligibilityTable extends PolicyTable implements EligibilityPolicy {

    public EligibilityTable(ObjectFactory<ActiveRuleTables> tables) {
        super("enterprise-eligibility", tables);
    }

    @Override
    public EligibilityDecision decide(EnterpriseApplication application) {
        return decide(activeRules(), application);
    }

    /**
     * Columns: {@code given organization} (COMPANY, INDIVIDUAL_BUSINESS), {@code given province},
     * {@code given city}, {@code given certified on} (yyyy-MM-dd, empty: not certified),
     * {@code given company address}, {@code given legal representative id},
     * {@code given certification letter}; {@code expect eligible}, {@code expect reason},
     * {@code expect missing materials} (names separated by 、, empty: none).
     */
    @Override
    public Optional<String> check(Example example, TableRules rules) {
        EnterpriseApplication application = new EnterpriseApplication(
                OrganizationType.valueOf(example.given("organization")),
                example.given("province"),
                example.given("city"),
                example.given("certified on").isEmpty() ? null : LocalDate.parse(example.given("certified on")),
                truth(example.given("company address")),
                truth(example.given("legal representative id")),
                truth(example.given("certification letter")));
        EligibilityDecision decision = decide(rules, application);
        boolean eligible = truth(example.expected("eligible"));
        String reason = example.expected("reason");
        List<String> missing = names(example.expected("missing materials"));
        if (decision.eligible() == eligible && decision.reasonCode().equals(reason)
                && decision.missingMaterials().equals(missing)) {
            return Optional.empty();
        }
        return Optional.of("expected eligible=" + eligible + " reason=" + reason + " missing=" + missing
                + " but the table decided eligible=" + decision.eligible() + " reason=" + decision.reasonCode()
                + " missing=" + decision.missingMaterials());
    }

    private static EligibilityDecision decide(TableRules rules, EnterpriseApplication application) {
        return rules.decideOne(EligibilityDecision.class, application);
    }

    private static List<String> names(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("、")).map(String::trim).toList();
    }

    private static boolean truth(String cell) {
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + cell + "' is neither true nor false");
        };
    }
}
