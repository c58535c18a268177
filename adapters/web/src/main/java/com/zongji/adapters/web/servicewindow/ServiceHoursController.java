package com.zongji.adapters.web.servicewindow;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.servicewindow.ServiceHours;
import com.zongji.engine.servicewindow.ServiceWindowDecision;
import com.zongji.engine.servicewindow.ServiceWindows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise's manual-service hours (its override of the platform default) and whether it is open. */
@RestController
@RequestMapping("/api/service-hours")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ServiceHoursController {

    /** Times are Beijing wall-clock times, e.g. {@code 09:00}. */
    record HoursView(LocalTime opens, LocalTime closes, boolean servesWeekends, boolean servesHolidays) {
        static HoursView of(ServiceHours hours) {
            return new HoursView(hours.opens(), hours.closes(), hours.servesWeekends(), hours.servesHolidays());
        }
    }

    private final ServiceWindows windows;
    private final Clock clock;

    @GetMapping
    HoursView hours(@AuthenticationPrincipal SignedInUser admin) {
        return HoursView.of(windows.hoursOf(admin.tenant()));
    }

    @PutMapping
    HoursView change(@AuthenticationPrincipal SignedInUser admin, @RequestBody HoursView hours) {
        return HoursView.of(windows.setHours(admin.tenant(),
                new ServiceHours(hours.opens(), hours.closes(), hours.servesWeekends(), hours.servesHolidays())));
    }

    /** Open or closed at an instant (now unless given), with the table's reason. */
    @GetMapping("/window")
    ServiceWindowDecision window(@AuthenticationPrincipal SignedInUser admin, @RequestParam(required = false) Instant at) {
        return windows.isOpen(admin.tenant(), at != null ? at : clock.instant());
    }
}
