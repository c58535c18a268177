package com.zongji.engine.enterprise;

/**
 * Decides whether an enterprise may open an office-phone account, when its admin applies. Implemented
 * by the {@code enterprise-eligibility} decision table, which holds the open regions.
 */
public interface EligibilityPolicy {

    EligibilityDecision decide(EnterpriseApplication application);
}
