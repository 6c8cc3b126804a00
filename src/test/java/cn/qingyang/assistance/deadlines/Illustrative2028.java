package cn.qingyang.assistance.deadlines;

import cn.qingyang.assistance.calendar.HolidayArrangement;
import cn.qingyang.assistance.calendar.StatutoryHolidays;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ILLUSTRATIVE arrangement for 2028 (the State Council's notice for 2028 does not exist yet):
 * shaped like the real 2026 one. 元旦 Saturday 1 January with Monday 3 January off in its place;
 * a nine-day 春节 from Sunday 23 to Monday 31 January (除夕 25 January), worked back on two
 * Saturdays, 22 January and 12 February; every other statutory day off as the law says, no other
 * 调休.
 */
final class Illustrative2028 {

    static final LocalDate NEW_YEAR_DAY_IN_LIEU = LocalDate.of(2028, 1, 3);
    static final LocalDate SPRING_FESTIVAL_FIRST = LocalDate.of(2028, 1, 23);
    static final LocalDate SPRING_FESTIVAL_LAST = LocalDate.of(2028, 1, 31);
    static final List<LocalDate> MAKE_UP_SATURDAYS = List.of(LocalDate.of(2028, 1, 22), LocalDate.of(2028, 2, 12));

    private Illustrative2028() {
    }

    static Set<LocalDate> holidays() {
        Set<LocalDate> days = new TreeSet<>(new StatutoryHolidays().dates(2028));
        days.add(NEW_YEAR_DAY_IN_LIEU);
        SPRING_FESTIVAL_FIRST.datesUntil(SPRING_FESTIVAL_LAST.plusDays(1)).forEach(days::add);
        return days;
    }

    static HolidayArrangement arrangement() {
        return HolidayArrangement.of(2028, holidays(), MAKE_UP_SATURDAYS);
    }
}
