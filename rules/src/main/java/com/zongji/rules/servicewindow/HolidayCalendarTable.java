package com.zongji.rules.servicewindow;

import com.zongji.engine.servicewindow.DayKind;
import com.zongji.engine.servicewindow.HolidayCalendar;
import com.zongji.rules.table.ActiveRuleTables;
import com.zongji.rules.table.Example;
import com.zongji.rules.table.PolicyTable;
import com.zongji.rules.table.TableRules;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar kept as the {@code holiday-calendar} workbook: listed dates are statutory
 * holidays or make-up workdays, every other date is a workday or weekend by its day of the week.
 */
@Component
public class HolidayCalendarTable extends PolicyTable implements HolidayCalendar {

    public HolidayCalendarTable(ObjectFactory<ActiveRuleTables> tables) {
        super("holiday-calendar", tables);
    }

    @Override
    public DayKind dayKind(LocalDate date) {
        return dayKind(activeRules(), date);
    }

    @Override
    public Optional<String> check(Example example, TableRules rules) {
        LocalDate date = ExampleValues.date(example.given("date"));
        DayKind expected = ExampleValues.dayKind(example.expected("day kind"));
        DayKind decided = dayKind(rules, date);
        return decided == expected
                ? Optional.empty()
                : Optional.of(date + " is " + decided + ", expected " + expected);
    }

    private static DayKind dayKind(TableRules rules, LocalDate date) {
        return rules.decideOne(DayKind.class, CalendarDate.of(date));
    }
}
