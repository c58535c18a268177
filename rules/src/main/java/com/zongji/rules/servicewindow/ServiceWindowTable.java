package com.zongji.rules.servicewindow;

import com.zongji.engine.servicewindow.ServiceHours;
import com.zongji.engine.servicewindow.ServiceMoment;
import com.zongji.engine.servicewindow.ServiceWindowDecision;
import com.zongji.engine.servicewindow.ServiceWindowPolicy;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code service-window} workbook: the platform's default service hours, and whether manual
 * service is open on a kind of day at a time of day under given hours.
 */
@Component
public class ServiceWindowTable extends PolicyTable implements ServiceWindowPolicy {

    public ServiceWindowTable(ObjectFactory<ActiveRuleTables> tables) {
        super("service-window", tables);
    }

    @Override
    public ServiceHours platformDefaultHours() {
        return platformDefaultHours(activeRules());
    }

    @Override
    public ServiceWindowDecision decide(ServiceMoment moment) {
        return activeRules().decideOne(ServiceWindowDecision.class, moment);
    }

    /** An example whose hours are left blank is about an enterprise without hours of its own. */
    @Override
    public Optional<String> check(Example example, TableRules rules) {
        ServiceHours hours = example.given("opens").isBlank()
                ? platformDefaultHours(rules)
                : new ServiceHours(
                        ExampleValues.time(example.given("opens")),
                        ExampleValues.time(example.given("closes")),
                        ExampleValues.yesOrNo(example.given("serves weekends")),
                        ExampleValues.yesOrNo(example.given("serves holidays")));
        ServiceMoment moment = new ServiceMoment(
                ExampleValues.date(example.given("date")),
                ExampleValues.time(example.given("time")),
                ExampleValues.dayKind(example.given("day kind")),
                hours);
        ServiceWindowDecision expected = new ServiceWindowDecision(
                ExampleValues.yesOrNo(example.expected("open")), example.expected("reason").trim());
        ServiceWindowDecision decided = rules.decideOne(ServiceWindowDecision.class, moment);
        return decided.equals(expected)
                ? Optional.empty()
                : Optional.of("at " + moment.time() + " on " + moment.date() + " (" + moment.dayKind() + ", " + hours
                        + ") decided " + decided + ", expected " + expected);
    }

    private static ServiceHours platformDefaultHours(TableRules rules) {
        return rules.decideOne(ServiceHours.class);
    }
}
