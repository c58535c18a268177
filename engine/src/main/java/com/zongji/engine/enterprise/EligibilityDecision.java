package com.zongji.engine.enterprise;

import java.util.List;

/**
 * The answer to an application. {@code reasonCode} is stable for programs (e.g. {@code REGION_NOT_OPEN});
 * {@code message} is the text to show the admin. An eligible enterprise may still have to supply
 * materials before review, named in {@code missingMaterials} (e.g. 公司地址).
 */
public record EligibilityDecision(boolean eligible, String reasonCode, String message, List<String> missingMaterials) {

    public EligibilityDecision {
        missingMaterials = List.copyOf(missingMaterials);
    }

    public static EligibilityDecision accepted(String reasonCode, String message, List<String> missingMaterials) {
        return new EligibilityDecision(true, reasonCode, message, missingMaterials);
    }

    public static EligibilityDecision refused(String reasonCode, String message) {
        return new EligibilityDecision(false, reasonCode, message, List.of());
    }

    public boolean requiresMaterials() {
        return !missingMaterials.isEmpty();
    }
}
