package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the sweep diagrams' expressions: which townships and villages sweep, and dates within the
 * month (Beijing time). The days themselves (due the 25th, reminder on the 22nd) are written in
 * the diagram, where an administrator changes them.
 */
@Component("sweepPlan")
public class SweepPlan {

    private final OrgUnitRepository orgUnits;
    private final Clock clock;

    public SweepPlan(OrgUnitRepository orgUnits, Clock clock) {
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** The current month, yyyy-MM. */
    public String currentMonth() {
        return YearMonth.now(clock).toString();
    }

    public List<String> townships() {
        return orgUnits.findActive(OrgLevel.TOWNSHIP).stream().map(OrgUnit::code).toList();
    }

    public List<String> villages(String townshipCode) {
        return orgUnits.findActiveChildren(townshipCode).stream().map(OrgUnit::code).toList();
    }

    /** {@code day} of the month at {@code hour}:00 Beijing time (the last day if the month is shorter). */
    public Date dayOfMonth(String month, int day, int hour) {
        YearMonth yearMonth = YearMonth.parse(month);
        int safeDay = Math.min(day, yearMonth.lengthOfMonth());
        return Date.from(yearMonth.atDay(safeDay).atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
    }

    /** The end (23:59:59) of {@code day} of the month: a due date. */
    public Date endOfDay(String month, int day) {
        YearMonth yearMonth = YearMonth.parse(month);
        int safeDay = Math.min(day, yearMonth.lengthOfMonth());
        return Date.from(yearMonth.atDay(safeDay).atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
    }

    /** The end (23:59:59) of the month's last day: when a sweep still unfinished is closed as not done. */
    public Date endOfMonth(String month) {
        return endOfDay(month, YearMonth.parse(month).lengthOfMonth());
    }

    public String name(String code) {
        return orgUnits.findByCode(code).map(OrgUnit::name).orElse(code);
    }
}
