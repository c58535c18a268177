package com.zongji.rules.table;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One validated workbook of a decision table; versions count up from 1 per table and are never removed. */
@Entity
@Table(name = "rule_table_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RuleTableVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tableName;
    private int version;

    @Basic(fetch = FetchType.LAZY)
    private byte[] workbook;

    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;
    private String reason;

    RuleTableVersion(String tableName, int version, byte[] workbook, String sha256, String uploadedBy,
                     Instant uploadedAt, String reason) {
        this.tableName = tableName;
        this.version = version;
        this.workbook = workbook;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.reason = reason;
    }
}
