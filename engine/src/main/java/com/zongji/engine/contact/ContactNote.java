package com.zongji.engine.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** What an employee wrote down after talking to a customer, optionally about one call. Never rewritten. */
@Entity
@Table(name = "contact_note")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ContactNote {

    private static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;
    private Long contactId;
    private Long callId;
    private Long authorEmployeeId;
    private String text;
    private Instant writtenAt;

    ContactNote(ExternalContact contact, Long callId, long authorEmployeeId, String text, Instant writtenAt) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("备注内容不能为空 / a note needs text");
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("备注最多" + TEXT_LENGTH + "个字 / note longer than " + TEXT_LENGTH);
        }
        this.enterpriseId = contact.getEnterpriseId();
        this.contactId = contact.getId();
        this.callId = callId;
        this.authorEmployeeId = authorEmployeeId;
        this.text = text.strip();
        this.writtenAt = writtenAt;
    }
}
