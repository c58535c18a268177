package com.zongji.rules.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.servicewindow.EnterpriseServiceHours;
import com.zongji.engine.servicewindow.EnterpriseServiceHoursRepository;
import com.zongji.engine.servicewindow.ServiceHours;
import com.zongji.engine.servicewindow.ServiceWindowDecision;
import com.zongji.engine.servicewindow.ServiceWindows;
import com.zongji.engine.servicewindow.ShanghaiTime;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import com.zongji.rules.table.RuleTableRejected;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceWindowsTest {

    private static final long WITH_DEFAULT_HOURS = 1;
    private static final long WITH_OWN_HOURS = 2;
    private static final long UNKNOWN = 99;

    private static Activated shipped;

    private final EnterpriseServiceHoursRepository ownHours = mock(EnterpriseServiceHoursRepository.class);
    private final EnterpriseRepository enterprises = mock(EnterpriseRepository.class);

    @BeforeAll
    static void activateShippedTables() {
        shipped = activated();
    }

    @BeforeEach
    void enterprises() {
        when(ownHours.findById(anyLong())).thenReturn(Optional.empty());
        when(enterprises.existsById(WITH_DEFAULT_HOURS)).thenReturn(true);
        when(enterprises.existsById(WITH_OWN_HOURS)).thenReturn(true);
    }

    @Test
    void anEnterpriseWithoutOwnHoursIsServedInThePlatformDefaultHours() {
        assertThat(windows(shipped).hoursOf(WITH_DEFAULT_HOURS))
                .isEqualTo(new ServiceHours(LocalTime.of(9, 0), LocalTime.of(18, 0), false, false));
    }

    @Test
    void aMakeUpSaturdayIsServedAlthoughWeekendsAreOff() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-02-14T10:00")))
                .isEqualTo(new ServiceWindowDecision(true, "OPEN"));
    }

    @Test
    void anOrdinarySaturdayIsClosedWhenWeekendsAreOff() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-02-07T10:00")))
                .isEqualTo(new ServiceWindowDecision(false, "WEEKEND"));
    }

    @Test
    void aHolidayWeekdayIsClosedWhenHolidaysAreOff() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-10-02T10:00")))
                .isEqualTo(new ServiceWindowDecision(false, "HOLIDAY"));
    }

    @Test
    void aHolidayWeekdayIsOpenWhenTheEnterpriseServesHolidays() {
        ownHours(new ServiceHours(LocalTime.of(9, 0), LocalTime.of(18, 0), false, true));

        assertThat(windows(shipped).isOpen(WITH_OWN_HOURS, beijing("2026-10-02T10:00")))
                .isEqualTo(new ServiceWindowDecision(true, "OPEN"));
    }

    @Test
    void theClosingMinuteItselfIsClosed() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-02T18:00")))
                .isEqualTo(new ServiceWindowDecision(false, "OUTSIDE_HOURS"));
    }

    @Test
    void theLastSecondBeforeClosingIsOpen() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-02T17:59:59")).open()).isTrue();
    }

    @Test
    void oneMinuteBeforeOpeningIsClosed() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-02T08:59")))
                .isEqualTo(new ServiceWindowDecision(false, "OUTSIDE_HOURS"));
    }

    @Test
    void theOpeningMinuteItselfIsOpen() {
        assertThat(windows(shipped).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-02T09:00")).open()).isTrue();
    }

    @Test
    void anEnterpriseServesInItsOwnHoursRatherThanTheDefault() {
        ownHours(new ServiceHours(LocalTime.of(8, 0), LocalTime.of(20, 30), false, false));
        ServiceWindows windows = windows(shipped);

        assertThat(windows.isOpen(WITH_OWN_HOURS, beijing("2026-03-02T08:00")).open()).isTrue();
        assertThat(windows.isOpen(WITH_OWN_HOURS, beijing("2026-03-02T20:29")).open()).isTrue();
        assertThat(windows.isOpen(WITH_OWN_HOURS, beijing("2026-03-02T20:30")).open()).isFalse();
    }

    @Test
    void anEnterpriseServingWeekendsIsOpenOnSaturdayInItsHours() {
        ownHours(new ServiceHours(LocalTime.of(9, 0), LocalTime.of(18, 0), true, false));

        assertThat(windows(shipped).isOpen(WITH_OWN_HOURS, beijing("2026-03-07T10:00")))
                .isEqualTo(new ServiceWindowDecision(true, "OPEN"));
    }

    @Test
    void aUtcInstantIsReadInBeijingTime() {
        ServiceWindows windows = windows(shipped);

        assertThat(windows.isOpen(WITH_DEFAULT_HOURS, Instant.parse("2026-03-02T01:30:00Z")).open())
                .as("09:30 in Beijing").isTrue();
        assertThat(windows.isOpen(WITH_DEFAULT_HOURS, Instant.parse("2026-03-02T10:00:00Z")).open())
                .as("18:00 in Beijing").isFalse();
    }

    @Test
    void anUnknownEnterpriseIsRefused() {
        ServiceWindows windows = windows(shipped);

        assertThatThrownBy(() -> windows.isOpen(UNKNOWN, beijing("2026-03-02T10:00")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("99");
    }

    @Test
    void aWindowTableFailingItsOwnExamplesIsRejectedAndTheActiveOneStillDecides() {
        Activated tables = activated();
        byte[] weekendsServed = WorkbookCells.edit(WorkbookCells.shipped("service-window"),
                "ServiceWindow", "09:00, 18:00, false, false", 0, "09:00, 18:00, true, false");

        assertThatThrownBy(() -> tables.active().activate("service-window", weekendsServed))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("Examples row 6");
        assertThat(windows(tables).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-07T10:00")))
                .isEqualTo(new ServiceWindowDecision(false, "WEEKEND"));
    }

    @Test
    void defaultHoursThatAreNoTimeOfDayAreRejected() {
        Activated tables = activated();
        byte[] hoursInWords = WorkbookCells.edit(WorkbookCells.shipped("service-window"),
                "ServiceWindow", "09:00, 18:00, false, false", 0, "九点, 18:00, false, false");

        assertThatThrownBy(() -> tables.active().activate("service-window", hoursInWords))
                .isInstanceOf(RuleTableRejected.class)
                .hasMessageContaining("九点");
        assertThat(windows(tables).hoursOf(WITH_DEFAULT_HOURS).opens()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aSwitchThatIsNoYesOrNoIsRejected() {
        Activated tables = activated();
        byte[] switchInWords = WorkbookCells.edit(WorkbookCells.shipped("service-window"),
                "ServiceWindow", "WEEKEND", 1, "否");

        assertThatThrownBy(() -> tables.active().activate("service-window", switchInWords))
                .isInstanceOf(RuleTableRejected.class);
        assertThat(windows(tables).isOpen(WITH_DEFAULT_HOURS, beijing("2026-03-07T10:00")).open()).isFalse();
    }

    private void ownHours(ServiceHours hours) {
        when(ownHours.findById(WITH_OWN_HOURS)).thenReturn(Optional.of(new EnterpriseServiceHours(WITH_OWN_HOURS, hours)));
    }

    private ServiceWindows windows(Activated tables) {
        return new ServiceWindows(ownHours, enterprises, tables.calendar(), tables.window());
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ShanghaiTime.ZONE).toInstant();
    }

    private record Activated(ActiveRuleTables active, HolidayCalendarTable calendar, ServiceWindowTable window) {
    }

    private static Activated activated() {
        LazyTables lazy = new LazyTables();
        HolidayCalendarTable calendar = new HolidayCalendarTable(lazy);
        ServiceWindowTable window = new ServiceWindowTable(lazy);
        return new Activated(lazy.set(new ActiveRuleTables(List.of(calendar, window), new DecisionTableCompiler())),
                calendar, window);
    }
}
