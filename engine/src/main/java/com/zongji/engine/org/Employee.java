package com.zongji.engine.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A person of an enterprise. Only activated employees get an extension and may place calls;
 * the mobile is where callback and inbound calls ring them through the carrier trunk.
 */
@Entity
@Table(name = "employee")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private Long departmentId;
    private String name;
    private String mobile;
    private boolean activated;
    private String extension;

    /** The employee's own monthly call minutes, overriding the department default; null: none set. */
    private Integer monthlyMinutes;

    public Employee(Long enterpriseId, Long departmentId, String name, String mobile, boolean activated) {
        this.enterpriseId = enterpriseId;
        this.departmentId = departmentId;
        this.name = name;
        this.mobile = mobile;
        this.activated = activated;
    }

    public boolean hasExtension() {
        return extension != null && !extension.isBlank();
    }

    /** Gives the employee an extension; one already held is kept, allocation never replaces it. */
    public void assignExtension(String extension) {
        if (extension == null || extension.isBlank()) {
            throw new IllegalArgumentException("An extension cannot be blank");
        }
        if (hasExtension()) {
            throw new IllegalStateException("员工 " + id + " 已有分机号 " + this.extension + "，不会覆盖 / Employee " + id
                    + " already has extension " + this.extension + "; it is never overwritten");
        }
        this.extension = extension;
    }

    /**
     * An admin's manual edit: unlike allocation it replaces the extension held. Its shape and its
     * uniqueness in the enterprise are checked by the numbering concept and the database.
     */
    public void changeExtension(String extension) {
        if (extension == null || extension.isBlank()) {
            throw new IllegalArgumentException("分机号不能为空 / An extension cannot be blank");
        }
        this.extension = extension;
    }

    /**
     * Frees the extension for a moment within one change of several employees (two swapping theirs): the
     * database checks uniqueness per statement, so the old numbers are released before the new are written.
     */
    public void releaseExtension() {
        this.extension = null;
    }

    /** Null removes the personal quota, so the department's default applies. */
    public void changeMonthlyMinutes(Integer minutes) {
        this.monthlyMinutes = Quota.checked(minutes);
    }
}
