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

/** One SIP dialog of a call, as stored when it is placed, answered and ended. */
@Entity
@Table(name = "call_leg")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CallLeg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long callId;
    private String name;
    private String number;
    private String shows;

    @Enumerated(EnumType.STRING)
    private LegState state;

    @Enumerated(EnumType.STRING)
    private LegFailure failure;

    private Instant createdAt;
    private Instant answeredAt;
    private Instant endedAt;

    CallLeg(LegRef leg, String number, String shows, LegState state, Instant at) {
        this.callId = leg.callId();
        this.name = leg.name();
        this.number = number;
        this.shows = shows;
        this.state = state;
        this.createdAt = at;
    }

    void ringing() {
        if (state == LegState.DIALLING) {
            state = LegState.RINGING;
        }
    }

    void answered(Instant at) {
        state = LegState.ANSWERED;
        answeredAt = at;
    }

    void failed(LegFailure why, Instant at) {
        state = LegState.FAILED;
        failure = why;
        endedAt = at;
    }

    void ended(Instant at) {
        if (isLive()) {
            state = answeredAt == null ? LegState.FAILED : LegState.ENDED;
            endedAt = at;
        }
    }

    boolean isLive() {
        return state != LegState.ENDED && state != LegState.FAILED;
    }
}
