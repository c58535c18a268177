package com.zongji.engine.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A node of an enterprise's org tree; the root department has no parent. */
@Entity
@Table(name = "department")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private Long parentId;
    private String name;

    /** Monthly call minutes for the department's employees without their own quota; null: inherit from above. */
    private Integer defaultMonthlyMinutes;

    public Department(Long enterpriseId, Long parentId, String name) {
        this.enterpriseId = enterpriseId;
        this.parentId = parentId;
        this.name = name;
    }

    /** Null removes the default, so the department inherits from above. */
    public void changeDefaultMonthlyMinutes(Integer minutes) {
        this.defaultMonthlyMinutes = Quota.checked(minutes);
    }
}
