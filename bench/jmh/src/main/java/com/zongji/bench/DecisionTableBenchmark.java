package com.zongji.bench;

import com.zongji.engine.call.CalleeDevice;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.call.CalleePresentation;
import com.zongji.engine.call.DeviceOs;
import com.zongji.engine.call.LegADisplay;
import com.zongji.engine.enterprise.EligibilityDecision;
import com.zongji.engine.enterprise.EnterpriseApplication;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.engine.numbering.ExtensionScheme;
import com.zongji.engine.numbering.Headcount;
import com.zongji.engine.permission.CallAttempt;
import com.zongji.engine.permission.PermissionDecision;
import com.zongji.engine.servicewindow.DayKind;
import com.zongji.engine.servicewindow.ServiceHours;
import com.zongji.engine.servicewindow.ServiceMoment;
import com.zongji.engine.servicewindow.ServiceWindowDecision;
import com.zongji.rules.display.DisplayNumberTable;
import com.zongji.rules.eligibility.EligibilityTable;
import com.zongji.rules.numbering.ExtensionNumberingTable;
import com.zongji.rules.permission.CallPermissionTable;
import com.zongji.rules.servicewindow.HolidayCalendarTable;
import com.zongji.rules.servicewindow.ServiceWindowTable;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.DecisionTableCompiler;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One decision of each shipped table through its engine port, as a call setup or an onboarding step
 * makes it. Throughput gives decisions per second; sample time gives the p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionTableBenchmark {

    private ExtensionNumberingTable numbering;
    private HolidayCalendarTable calendar;
    private ServiceWindowTable serviceWindow;
    private CallPermissionTable permissions;
    private EligibilityTable eligibility;
    private DisplayNumberTable display;

    private final ServiceMoment weekdayMorning = ServiceMoment.at(LocalDateTime.of(2026, 3, 2, 9, 30), DayKind.WORKDAY,
            new ServiceHours(LocalTime.of(9, 0), LocalTime.of(18, 0), false, false));
    private final CallAttempt mobileCall = new CallAttempt(CalleeNumber.dialled("13807100077"), CalleeIdentity.OTHER,
            false, 500, 120, 100_000);
    private final EnterpriseApplication wuhanCompany = new EnterpriseApplication(OrganizationType.COMPANY, "湖北", "武汉",
            LocalDate.of(2018, 3, 1), true, true, true);
    private final CalleeDevice androidColleague = new CalleeDevice(DeviceOs.ANDROID, true, true);

    @Setup
    public void loadShippedTables() {
        AtomicReference<ActiveRuleTables> active = new AtomicReference<>();
        numbering = new ExtensionNumberingTable(active::get);
        calendar = new HolidayCalendarTable(active::get);
        serviceWindow = new ServiceWindowTable(active::get);
        permissions = new CallPermissionTable(active::get);
        eligibility = new EligibilityTable(active::get);
        display = new DisplayNumberTable(active::get);
        active.set(new ActiveRuleTables(List.of(numbering, calendar, serviceWindow, permissions, eligibility, display),
                new DecisionTableCompiler()));
    }

    @Benchmark
    public ExtensionScheme extensionNumbering() {
        return numbering.scheme(new Headcount(500));
    }

    @Benchmark
    public DayKind holidayCalendar() {
        return calendar.dayKind(LocalDate.of(2026, 10, 1));
    }

    @Benchmark
    public ServiceWindowDecision serviceWindow() {
        return serviceWindow.decide(weekdayMorning);
    }

    @Benchmark
    public PermissionDecision callPermission() {
        return permissions.decide(mobileCall);
    }

    @Benchmark
    public EligibilityDecision enterpriseEligibility() {
        return eligibility.decide(wuhanCompany);
    }

    @Benchmark
    public LegADisplay displayNumberLegA() {
        return display.legA("13601000011", "02787654321");
    }

    @Benchmark
    public CalleePresentation displayNumberCallee() {
        return display.callee(androidColleague);
    }
}
