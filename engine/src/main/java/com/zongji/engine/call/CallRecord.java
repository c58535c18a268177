package com.zongji.engine.call;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The record of one call (the CDR once it has ended): who called whom, when, for how long,
 * what it cost and how the employee marked it.
 */
@Entity
@Table(name = "call_record")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CallRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private CallDirection direction;

    @Enumerated(EnumType.STRING)
    private CallStatus status;

    private Long callerEmployeeId;
    private String callerNumber;
    private Long calleeEmployeeId;
    private String calleeNumber;

    @Enumerated(EnumType.STRING)
    private CalleeIdentity calleeIdentity;

    private Instant startedAt;
    private Instant answeredAt;
    private Instant endedAt;
    private int durationSeconds;
    private int billedMinutes;
    private long costThousandths;
    private boolean personal;
    private String note;

    public CallRecord(Long enterpriseId, CallDirection direction, String callerNumber, String calleeNumber, Instant startedAt) {
        this.enterpriseId = enterpriseId;
        this.direction = direction;
        this.callerNumber = callerNumber;
        this.calleeNumber = calleeNumber;
        this.startedAt = startedAt;
        this.status = CallStatus.SETTING_UP;
    }
}
