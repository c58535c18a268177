package com.zongji.engine.servicewindow;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Service hours an enterprise set for itself, replacing the platform default as a whole. */
@Entity
@Table(name = "service_hours")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EnterpriseServiceHours {

    @Id
    private Long enterpriseId;

    private LocalTime opens;
    private LocalTime closes;
    private boolean servesWeekends;
    private boolean servesHolidays;

    public EnterpriseServiceHours(Long enterpriseId, ServiceHours hours) {
        this.enterpriseId = enterpriseId;
        change(hours);
    }

    public void change(ServiceHours hours) {
        this.opens = hours.opens();
        this.closes = hours.closes();
        this.servesWeekends = hours.servesWeekends();
        this.servesHolidays = hours.servesHolidays();
    }

    public ServiceHours hours() {
        return new ServiceHours(opens, closes, servesWeekends, servesHolidays);
    }
}
