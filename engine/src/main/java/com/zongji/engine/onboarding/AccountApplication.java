package com.zongji.engine.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The materials of an enterprise's application and the eligibility table's last word on it. */
@Entity
@Table(name = "enterprise_application")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AccountApplication {

    @Id
    private Long enterpriseId;

    private String companyAddress;
    private String legalRepresentativeId;
    private String certificationLetter;
    private Instant submittedAt;
    private String refusalCode;
    private String refusalReason;
    private String missingMaterials;

    @Version
    private long version;

    AccountApplication(Long enterpriseId, Materials materials, Instant submittedAt) {
        this.enterpriseId = enterpriseId;
        submit(materials, submittedAt);
    }

    void submit(Materials materials, Instant at) {
        this.companyAddress = present(materials.companyAddress());
        this.legalRepresentativeId = present(materials.legalRepresentativeId());
        this.certificationLetter = present(materials.certificationLetter());
        this.submittedAt = at;
        this.refusalCode = null;
        this.refusalReason = null;
    }

    /** Materials may be supplied one at a time: what was supplied before stays. */
    void supplement(Materials materials) {
        if (present(materials.companyAddress()) != null) {
            this.companyAddress = materials.companyAddress();
        }
        if (present(materials.legalRepresentativeId()) != null) {
            this.legalRepresentativeId = materials.legalRepresentativeId();
        }
        if (present(materials.certificationLetter()) != null) {
            this.certificationLetter = materials.certificationLetter();
        }
    }

    void checked(List<String> missing) {
        this.missingMaterials = missing.isEmpty() ? null : String.join("、", missing);
    }

    void refuse(String code, String reason) {
        this.refusalCode = code;
        this.refusalReason = reason;
    }

    public Materials materials() {
        return new Materials(companyAddress, legalRepresentativeId, certificationLetter);
    }

    private static String present(String text) {
        return ApplicationForm.blank(text) ? null : text.strip();
    }
}
