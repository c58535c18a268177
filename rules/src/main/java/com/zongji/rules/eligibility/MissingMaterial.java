package com.zongji.rules.eligibility;

import java.util.List;

/** A material the eligibility table requires from this applicant and that the application lacks. */
public record MissingMaterial(String material) {

    /** The materials' names, in the order of the given facts (a table collects them in this order). */
    public static List<String> names(List<?> missing) {
        return missing.stream().map(MissingMaterial.class::cast).map(MissingMaterial::material).toList();
    }
}
