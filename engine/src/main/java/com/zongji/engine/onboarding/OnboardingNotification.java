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

/** A notice to the enterprise's admin about its application (refused, rejected, opened). */
@Entity
@Table(name = "onboarding_notification")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OnboardingNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private String message;
    private Instant createdAt;

    OnboardingNotification(Long enterpriseId, String message, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.message = message;
        this.createdAt = createdAt;
    }
}
