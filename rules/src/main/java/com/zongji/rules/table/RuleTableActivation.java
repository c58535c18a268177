package com.zongji.rules.table;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Who made which version of a table the active one, when and why; a rollback is just another activation. */
@Entity
@Table(name = "rule_table_activation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RuleTableActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tableName;
    private int version;
    private String activatedBy;
    private Instant activatedAt;
    private String reason;

    RuleTableActivation(String tableName, int version, String activatedBy, Instant activatedAt, String reason) {
        this.tableName = tableName;
        this.version = version;
        this.activatedBy = activatedBy;
        this.activatedAt = activatedAt;
        this.reason = reason;
    }
}
