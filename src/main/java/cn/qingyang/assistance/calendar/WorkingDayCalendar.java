package cn.qingyang.assistance.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Working days of the county (工作日): Monday to Friday, less the statutory days off, plus the
 * make-up working days on weekends, as configured per year in {@code qingyang.working-days}.
 * Dates are taken in the county zone ({@code qingyang.time-zone}, default Asia/Shanghai) whatever
 * the server's zone.
 *
 * <p>Deadlines in the models use the bean name {@code workingDays}, with the engine's clock:
 * {@code camunda:dueDate="${workingDays.dueAfter(now(), 3)}"} is the end (23:59:59) of the third
 * working day after today. A computation that reaches a year without a configured arrangement
 * fails ({@link IllegalStateException}) instead of silently treating its holidays as working days.
 */
@Component("workingDays")
public class WorkingDayCalendar {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Map<Integer, Year> years;
    private final Clock clock;

    /**
     * @param clock the county clock (its zone is the county zone, in which instants are turned into dates)
     */
    public WorkingDayCalendar(WorkingDayProperties properties, Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("工作日日历需要时钟（Clock）");
        }
        this.clock = clock;
        this.years = validated(properties);
    }

    /** The county zone: instants are turned into dates, and due dates into instants, in it. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the county zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years whose holiday arrangements are configured. */
    public Set<Integer> configuredYears() {
        return Set.copyOf(years.keySet());
    }

    /**
     * @throws IllegalStateException if the date's year has no configured holiday arrangement
     */
    public boolean isWorkingDay(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("日期不能为空");
        }
        Year year = years.get(date.getYear());
        if (year == null) {
            throw new IllegalStateException(notConfigured(date.getYear()));
        }
        if (year.workdays.contains(date)) {
            return true;
        }
        if (year.holidays.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The date that is {@code days} working days after {@code start}; the start itself never
     * counts. With 0 days: the start if it is a working day, otherwise the next working day.
     *
     * @throws IllegalArgumentException if days is negative
     * @throws IllegalStateException    if the count reaches a year without configured holidays
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (start == null) {
            throw new IllegalArgumentException("起始日期不能为空");
        }
        if (days < 0) {
            throw new IllegalArgumentException("工作日天数不能为负数：" + days);
        }
        if (days == 0) {
            LocalDate date = start;
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The end (23:59:59, county zone) of the working day that is {@code days} working days after
     * the county date of {@code from}: a due date for Camunda.
     */
    public Date dueAfterWorkingDays(Date from, int days) {
        return endOf(addWorkingDays(countyDate(from), days));
    }

    /** Same as {@link #dueAfterWorkingDays}, short for expressions: {@code ${workingDays.dueAfter(now(), 3)}}. */
    public Date dueAfter(Date from, int days) {
        return dueAfterWorkingDays(from, days);
    }

    /** The end (23:59:59, county zone) of the calendar day {@code days} days after the county date of {@code from}. */
    public Date dueAfterCalendarDays(Date from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("天数不能为负数：" + days);
        }
        return endOf(countyDate(from).plusDays(days));
    }

    private LocalDate countyDate(Date from) {
        if (from == null) {
            throw new IllegalArgumentException("起始时间不能为空");
        }
        return LocalDate.ofInstant(from.toInstant(), zone());
    }

    private Date endOf(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(zone()).toInstant());
    }

    private static String notConfigured(int year) {
        return "未配置 " + year + " 年的节假日安排：请在 qingyang.working-days.years 中补充";
    }

    private record Year(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    }

    /** Fails fast, naming the year and the date, on a configuration that would count wrong. */
    private static Map<Integer, Year> validated(WorkingDayProperties properties) {
        Map<Integer, Year> result = new HashMap<>();
        if (properties == null || properties.years() == null) {
            return Map.of();
        }
        properties.years().forEach((year, calendar) -> {
            String where = "qingyang.working-days.years." + year;
            List<LocalDate> holidayList = calendar == null || calendar.holidays() == null ? List.of() : calendar.holidays();
            List<LocalDate> workdayList = calendar == null || calendar.workdays() == null ? List.of() : calendar.workdays();
            Set<LocalDate> holidays = new HashSet<>();
            for (LocalDate date : holidayList) {
                requireInYear(date, year, where + ".holidays");
                holidays.add(date);
            }
            Set<LocalDate> workdays = new HashSet<>();
            for (LocalDate date : workdayList) {
                requireInYear(date, year, where + ".workdays");
                DayOfWeek day = date.getDayOfWeek();
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    throw new IllegalStateException("调休上班日 " + date + " 不是周六或周日（" + where
                            + ".workdays）：只列周末上班的日子，工作日本来就上班");
                }
                if (holidays.contains(date)) {
                    throw new IllegalStateException(date + " 同时列为放假日（holidays）和调休上班日（workdays），请核对 " + where);
                }
                workdays.add(date);
            }
            result.put(year, new Year(Set.copyOf(holidays), Set.copyOf(workdays)));
        });
        return Map.copyOf(result);
    }

    private static void requireInYear(LocalDate date, Integer year, String where) {
        if (date == null) {
            throw new IllegalStateException(where + " 中有空的日期，请核对");
        }
        if (date.getYear() != year) {
            throw new IllegalStateException(where + " 中的日期 " + date + " 不属于 " + year + " 年，请核对");
        }
    }
}
