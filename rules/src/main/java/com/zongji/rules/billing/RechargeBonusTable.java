package com.zongji.rules.billing;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.RechargeBonusPolicy;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * "Recharge more, get more" as the {@code recharge-bonus} workbook's tiers state it. The table gives
 * the percentage; the bonus is that share of the amount, rounded down to whole thousandths so that
 * no fraction of a 厘 is ever credited.
 */
@Component
public class RechargeBonusTable extends PolicyTable implements RechargeBonusPolicy {

    public RechargeBonusTable(ObjectFactory<ActiveRuleTables> tables) {
        super("recharge-bonus", tables);
    }

    @Override
    public Money bonusFor(Money recharged) {
        return bonusFor(activeRules(), recharged);
    }

    /** Columns: {@code given amount} (thousandths of a yuan); {@code expect bonus} (thousandths of a yuan). */
    @Override
    public Optional<String> check(Example example, TableRules rules) {
        Money amount = Money.ofThousandths(Long.parseLong(example.given("amount")));
        Money expected = Money.ofThousandths(Long.parseLong(example.expected("bonus")));
        Money bonus = bonusFor(rules, amount);
        if (bonus.equals(expected)) {
            return Optional.empty();
        }
        return Optional.of("expected bonus " + expected.thousandths() + " but the table decided " + bonus.thousandths());
    }

    private static Money bonusFor(TableRules rules, Money recharged) {
        BonusRate rate = rules.decideOne(BonusRate.class, new RechargedAmount(recharged.thousandths()));
        return Money.ofThousandths(Math.multiplyExact(recharged.thousandths(), rate.percent()) / 100);
    }
}
