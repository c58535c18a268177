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
 * A call that did not reach its person: OUTBOUND — the employee called {@code number} and nobody took it
 * (smart routing connects that number back to the employee when it calls the company); INBOUND — the
 * caller {@code number} was put through to the employee, who did not answer (for the employee to call back).
 */
@Entity
@Table(name = "missed_call")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MissedCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private Long employeeId;
    private String number;

    @Enumerated(EnumType.STRING)
    private CallDirection direction;

    private Long callId;
    private Instant missedAt;

    MissedCall(long enterpriseId, long employeeId, String number, CallDirection direction, long callId, Instant at) {
        this.enterpriseId = enterpriseId;
        this.employeeId = employeeId;
        this.number = number;
        this.direction = direction;
        this.callId = callId;
        this.missedAt = at;
    }
}
