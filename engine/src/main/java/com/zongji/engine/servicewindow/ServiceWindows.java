package com.zongji.engine.servicewindow;

import com.zongji.engine.enterprise.EnterpriseRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether an enterprise's manual service is open at an instant, read in Beijing time. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ServiceWindows {

    private final EnterpriseServiceHoursRepository ownHours;
    private final EnterpriseRepository enterprises;
    private final HolidayCalendar calendar;
    private final ServiceWindowPolicy policy;

    public ServiceWindowDecision isOpen(long enterpriseId, Instant at) {
        LocalDateTime beijing = ShanghaiTime.local(at);
        ServiceMoment moment = ServiceMoment.at(beijing, calendar.dayKind(beijing.toLocalDate()), hoursOf(enterpriseId));
        return policy.decide(moment);
    }

    /** The enterprise's own hours from now on, replacing the platform default as a whole. */
    @Transactional
    public ServiceHours setHours(long enterpriseId, ServiceHours hours) {
        ownHours.findById(enterpriseId).ifPresentOrElse(
                own -> own.change(hours),
                () -> ownHours.save(new EnterpriseServiceHours(enterpriseId, hours)));
        return hours;
    }

    /** The enterprise's own hours, or the platform default when it set none. */
    public ServiceHours hoursOf(long enterpriseId) {
        return ownHours.findById(enterpriseId)
                .map(EnterpriseServiceHours::hours)
                .orElseGet(() -> {
                    if (!enterprises.existsById(enterpriseId)) {
                        throw new NoSuchElementException("No enterprise " + enterpriseId);
                    }
                    return policy.platformDefaultHours();
                });
    }
}
