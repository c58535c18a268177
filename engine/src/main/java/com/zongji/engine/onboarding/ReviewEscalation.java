package com.zongji.engine.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A carrier review that was not done by its due date: the platform's record of the late review. */
@Entity
@Table(name = "review_escalation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReviewEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private Instant dueAt;
    private Instant escalatedAt;

    ReviewEscalation(Long enterpriseId, Instant dueAt, Instant escalatedAt) {
        this.enterpriseId = enterpriseId;
        this.dueAt = dueAt;
        this.escalatedAt = escalatedAt;
    }
}
