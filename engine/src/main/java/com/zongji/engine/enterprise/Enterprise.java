package com.zongji.engine.enterprise;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A tenant: one company that rents an office number and pays from a prepaid account. */
@Entity
@Table(name = "enterprise")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String province;
    private String city;

    @Enumerated(EnumType.STRING)
    private OrganizationType organizationType;

    /** Date of advanced (real-name) certification; null when the enterprise holds none. */
    private LocalDate certifiedOn;

    @Enumerated(EnumType.STRING)
    private EnterpriseStatus status;

    /** When set, employees may call only colleagues and the enterprise's external contacts. */
    private boolean restrictToColleaguesAndContacts;

    /** Who takes manual-service calls; null until the admin names someone. */
    private Long manualServiceEmployeeId;

    public Enterprise(String name, String province, String city, OrganizationType organizationType, LocalDate certifiedOn) {
        this.name = name;
        this.province = province;
        this.city = city;
        this.organizationType = organizationType;
        this.certifiedOn = certifiedOn;
        this.status = EnterpriseStatus.APPLYING;
    }

    /** The admin's application restates what the enterprise is; it decides eligibility. */
    public void describe(OrganizationType organizationType, String province, String city, LocalDate certifiedOn) {
        this.organizationType = organizationType;
        this.province = province;
        this.city = city;
        this.certifiedOn = certifiedOn;
    }

    public void moveTo(EnterpriseStatus status) {
        this.status = status;
    }

    /** The account is opened: the enterprise has its office number and may recharge and call. */
    public void open() {
        this.status = EnterpriseStatus.OPEN;
    }

    public void restrictCallsToColleaguesAndContacts(boolean restricted) {
        this.restrictToColleaguesAndContacts = restricted;
    }

    public void assignManualService(Long employeeId) {
        this.manualServiceEmployeeId = employeeId;
    }
}
