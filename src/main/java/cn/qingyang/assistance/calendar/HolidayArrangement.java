package cn.qingyang.assistance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A year's holiday arrangement as the State Council publishes it (国务院办公厅关于 YYYY 年部分节假日
 * 安排的通知): every day off of each holiday period, weekdays and weekends alike, and the make-up
 * working days (调休上班), which are Saturdays or Sundays.
 *
 * @param year     the year
 * @param holidays its days off (放假日)
 * @param workdays its make-up working days (调休上班日)
 */
public record HolidayArrangement(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays) {

    /**
     * @throws InvalidHolidayArrangementException naming in Chinese every date that is wrong
     */
    public HolidayArrangement {
        List<String> problems = problems(year, holidays, workdays);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayArrangementException(year, problems);
        }
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
    }

    /** An arrangement from lists (a repeated date counts once). */
    public static HolidayArrangement of(int year, Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        return new HolidayArrangement(year, sorted(year, holidays), sorted(year, workdays));
    }

    /**
     * Every problem of an arrangement, in Chinese and in date order; empty when it is sound. A date
     * outside the year, a day both off and worked, or a make-up working day on a weekday is wrong.
     * Whether the statutory days are all off is {@link StatutoryHolidays}' business, checked where
     * an administrator enters a year ({@link #missingStatutoryDays}).
     */
    public static List<String> problems(int year, Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        List<String> problems = new ArrayList<>();
        if (year < 1901 || year > 2099) {
            problems.add("年份 " + year + " 不对：请填写四位年份，例如 2028");
            return problems;
        }
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate date : holidays == null ? List.<LocalDate>of() : holidays) {
            if (date == null) {
                problems.add("放假日中有空的日期，请删去或填写");
            } else if (date.getYear() != year) {
                problems.add("放假日 " + date + " 不属于 " + year + " 年：只能填 " + year + " 年内的日期");
            } else {
                off.add(date);
            }
        }
        for (LocalDate date : workdays == null ? List.<LocalDate>of() : workdays) {
            if (date == null) {
                problems.add("调休上班日中有空的日期，请删去或填写");
            } else if (date.getYear() != year) {
                problems.add("调休上班日 " + date + " 不属于 " + year + " 年：只能填 " + year + " 年内的日期");
            } else if (off.contains(date)) {
                problems.add(date + " 同时列为放假日和调休上班日：一天只能是其中一种，请核对");
            } else if (!isWeekend(date)) {
                problems.add("调休上班日 " + date + " 不是周六或周日：只列周末上班的日子，工作日本来就上班");
            }
        }
        return problems;
    }

    /** The statutory days off the arrangement does not give off: a published arrangement always gives them all. */
    public List<StatutoryHolidays.Holiday> missingStatutoryDays(StatutoryHolidays statutory) {
        return statutory.of(year).stream().filter(h -> !holidays.contains(h.date())).toList();
    }

    /** Whether the date is a working day under this arrangement (the date must be in its year). */
    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        return !holidays.contains(date) && !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static SortedSet<LocalDate> sorted(int year, Collection<LocalDate> dates) {
        if (dates == null) {
            return new TreeSet<>();
        }
        if (dates.stream().anyMatch(java.util.Objects::isNull)) {
            // Let the canonical constructor name the empty date.
            throw new InvalidHolidayArrangementException(year, problems(year, dates, List.of()));
        }
        return new TreeSet<>(dates);
    }
}
