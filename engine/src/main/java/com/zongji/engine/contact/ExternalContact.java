package com.zongji.engine.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A customer or partner an enterprise calls; may have an employee as its account manager. */
@Entity
@Table(name = "external_contact")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ExternalContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private String name;
    private String company;
    private String number;
    private Long accountManagerId;

    public ExternalContact(Long enterpriseId, String name, String company, String number, Long accountManagerId) {
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.company = company;
        this.number = number;
        this.accountManagerId = accountManagerId;
    }
}
