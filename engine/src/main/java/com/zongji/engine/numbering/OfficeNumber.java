package com.zongji.engine.numbering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A carrier fixed number in a city's pool. Free numbers are offered to enterprises of that city;
 * an assigned number belongs to exactly one enterprise for good.
 */
@Entity
@Table(name = "office_number")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OfficeNumber {

    @Id
    private String number;

    private String province;
    private String city;

    @Enumerated(EnumType.STRING)
    private NumberStatus status;

    private Long enterpriseId;

    /** While RESERVED: the moment the hold lapses unless the enterprise confirms. */
    private Instant reservedUntil;

    @Version
    private long version;

    public OfficeNumber(String number, String province, String city) {
        this.number = number;
        this.province = province;
        this.city = city;
        this.status = NumberStatus.FREE;
    }

    /** Gives the number to an enterprise for good; the version column refuses a concurrent second owner. */
    public void assignTo(long enterpriseId) {
        if (status == NumberStatus.ASSIGNED) {
            throw new IllegalStateException("Office number " + number + " already belongs to an enterprise");
        }
        this.status = NumberStatus.ASSIGNED;
        this.enterpriseId = enterpriseId;
        this.reservedUntil = null;
    }
}
