package com.zongji.engine.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A customer or partner an enterprise calls; may have an employee as its account manager. The number is
 * the contact's identity (calls and smart routing find the contact by it), so it never changes.
 */
@Entity
@Table(name = "external_contact")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ExternalContact {

    private static final int NAME_LENGTH = 100;
    private static final int COMPANY_LENGTH = 200;

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

    /** A contact as an employee writes it: a name is required, the company is optional. */
    static ExternalContact saved(long enterpriseId, String name, String company, ContactNumber number, Long accountManagerId) {
        return new ExternalContact(enterpriseId, checkedName(name), checkedCompany(company), number.stored(), accountManagerId);
    }

    void rename(String name, String company) {
        this.name = checkedName(name);
        this.company = checkedCompany(company);
    }

    /** Null leaves the contact without an account manager. */
    void assignAccountManager(Long employeeId) {
        this.accountManagerId = employeeId;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("联系人姓名不能为空 / a contact needs a name");
        }
        if (name.strip().length() > NAME_LENGTH) {
            throw new IllegalArgumentException("联系人姓名最多" + NAME_LENGTH + "个字 / name longer than " + NAME_LENGTH);
        }
        return name.strip();
    }

    private static String checkedCompany(String company) {
        if (company == null || company.isBlank()) {
            return null;
        }
        if (company.strip().length() > COMPANY_LENGTH) {
            throw new IllegalArgumentException("公司名称最多" + COMPANY_LENGTH + "个字 / company longer than " + COMPANY_LENGTH);
        }
        return company.strip();
    }
}
