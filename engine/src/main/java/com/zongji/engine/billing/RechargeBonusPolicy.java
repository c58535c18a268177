package com.zongji.engine.billing;

/** "Recharge more, get more": the bonus an analyst's tiers grant for a recharged amount. */
public interface RechargeBonusPolicy {

    Money bonusFor(Money recharged);
}
