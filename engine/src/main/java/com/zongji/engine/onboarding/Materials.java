package com.zongji.engine.onboarding;

/** The materials an enterprise certified before 2016-11-01 adds to its application. */
public record Materials(String companyAddress, String legalRepresentativeId, String certificationLetter) {
}
