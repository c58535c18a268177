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

/** One carrier review of an application, kept for good: a resubmitted application is reviewed again. */
@Entity
@Table(name = "review_decision")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private boolean approved;
    private String reason;
    private String reviewer;
    private Instant decidedAt;

    ReviewDecision(Long enterpriseId, boolean approved, String reason, String reviewer, Instant decidedAt) {
        this.enterpriseId = enterpriseId;
        this.approved = approved;
        this.reason = reason;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }
}
