package com.zongji.engine.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A login. Enterprise-scoped roles carry their enterprise; an employee's login also its employee. */
@Entity
@Table(name = "user_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount {

    @Id
    private String username;

    /** Spring Security's encoded form, e.g. {@code {bcrypt}$2a$...}. */
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long enterpriseId;
    private Long employeeId;
    private boolean enabled;

    public UserAccount(String username, String passwordHash, Role role, Long enterpriseId, Long employeeId) {
        if (role.isEnterpriseScoped() == (enterpriseId == null)) {
            throw new IllegalArgumentException("Role " + role + (enterpriseId == null ? " needs" : " must not have") + " an enterprise");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enterpriseId = enterpriseId;
        this.employeeId = employeeId;
        this.enabled = true;
    }
}
