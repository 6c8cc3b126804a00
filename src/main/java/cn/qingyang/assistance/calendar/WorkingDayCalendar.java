package cn.qingyang.assistance.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Working days of the county (工作日): Monday to Friday, less the days off, plus the make-up
 * working days on weekends, of each year's published arrangement ({@link PublishedArrangements}).
 * Dates are taken in the county zone ({@code qingyang.time-zone}, default Asia/Shanghai) whatever
 * the server's zone.
 *
 * <p>A year whose arrangement is not yet published never stops the work: its working days are
 * counted from the statutory holidays themselves ({@link StatutoryHolidays}, no 调休), and a date
 * in it is <em>provisional</em> ({@link #isProvisional}) until an administrator enters the year.
 *
 * <p>Deadlines in the models use the bean name {@code workingDays}, with the engine's clock:
 * {@code camunda:dueDate="${workingDays.dueAfter(now(), 3)}"} is the end (23:59:59) of the third
 * working day after today.
 */
@Component("workingDays")
public class WorkingDayCalendar {

    /** Administrators are warned this many days before the last published year ends. */
    public static final int WARNING_DAYS = 60;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final PublishedArrangements published;
    private final StatutoryHolidays statutory;
    private final Clock clock;

    /**
     * @param clock the county clock (its zone is the county zone, in which instants are turned into dates)
     */
    @Autowired
    public WorkingDayCalendar(PublishedArrangements published, StatutoryHolidays statutory, Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("工作日日历需要时钟（Clock）");
        }
        this.published = published;
        this.statutory = statutory;
        this.clock = clock;
    }

    /** A calendar on the arrangements of {@code qingyang.working-days} alone. */
    public WorkingDayCalendar(WorkingDayProperties properties, Clock clock) {
        this(new ConfiguredArrangements(properties), new StatutoryHolidays(), clock);
    }

    /** This calendar frozen on the arrangements in force now: what due dates were computed with. */
    public WorkingDayCalendar snapshot() {
        return new WorkingDayCalendar(PublishedArrangements.of(published.current()), statutory, clock);
    }

    /** This calendar frozen, with {@code arrangement} published for its year (in place of any other). */
    public WorkingDayCalendar with(HolidayArrangement arrangement) {
        Map<Integer, HolidayArrangement> years = new HashMap<>(published.current());
        years.put(arrangement.year(), arrangement);
        return new WorkingDayCalendar(PublishedArrangements.of(years), statutory, clock);
    }

    /** The county zone: instants are turned into dates, and due dates into instants, in it. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the county zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years whose holiday arrangements are published (entered or shipped). */
    public Set<Integer> configuredYears() {
        return Set.copyOf(published.current().keySet());
    }

    /** The published arrangement of a year, if any. */
    public Optional<HolidayArrangement> arrangement(int year) {
        return Optional.ofNullable(published.current().get(year));
    }

    /** Whether the date's year has no published arrangement, so that it is counted from the statutory holidays alone. */
    public boolean isProvisional(LocalDate date) {
        return !published.current().containsKey(date.getYear());
    }

    /** Whether a due date (an instant) falls in a year without a published arrangement. */
    public boolean isProvisional(Date due) {
        return isProvisional(countyDate(due));
    }

    public boolean isWorkingDay(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("日期不能为空");
        }
        return view().isWorkingDay(date);
    }

    /**
     * The date that is {@code days} working days after {@code start}; the start itself never
     * counts. With 0 days: the start if it is a working day, otherwise the next working day.
     *
     * @throws IllegalArgumentException if days is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (start == null) {
            throw new IllegalArgumentException("起始日期不能为空");
        }
        if (days < 0) {
            throw new IllegalArgumentException("工作日天数不能为负数：" + days);
        }
        View view = view();
        LocalDate date = start;
        if (days == 0) {
            while (!view.isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (view.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The number of working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        View view = view();
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (view.isWorkingDay(date)) {
                count++;
            }
        }
        return count;
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

    /** The county date of an instant. */
    public LocalDate countyDate(Date from) {
        if (from == null) {
            throw new IllegalArgumentException("起始时间不能为空");
        }
        return LocalDate.ofInstant(from.toInstant(), zone());
    }

    private Date endOf(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(zone()).toInstant());
    }

    /**
     * How far the published arrangements reach, and whether administrators must be warned: from
     * {@value #WARNING_DAYS} days before the last published year ends, or at once when today's
     * year is itself unpublished.
     */
    public Horizon horizon() {
        SortedMap<Integer, HolidayArrangement> years = published.current();
        LocalDate today = today();
        Integer last = years.isEmpty() ? null : years.lastKey();
        // The years from today on that are not published yet: the first of them is the one to enter.
        int next = today.getYear();
        while (years.containsKey(next)) {
            next++;
        }
        LocalDate endOfPublished = LocalDate.of(next - 1, 12, 31);
        LocalDate warnFrom = endOfPublished.minusDays(WARNING_DAYS);
        boolean warning = !today.isBefore(warnFrom);
        String message = warning
                ? next + " 年的节假日安排尚未录入：" + next + " 年的期限暂按法定节日推算（不含调休），标为“暂定”。"
                        + "国务院办公厅发布 " + next + " 年节假日安排后，请管理员在“节假日安排”页面录入，已算出的期限会随之更正。"
                : null;
        return new Horizon(last, next, endOfPublished, warnFrom, warning, message);
    }

    /**
     * @param lastPublishedYear the last year with a published arrangement (null when none is)
     * @param nextYearToEnter   the first year from today on without one
     * @param publishedUntil    the last day covered by published arrangements without a gap from today
     * @param warnFrom          from this day administrators are warned
     * @param warning           whether they are warned today
     * @param message           the warning, in Chinese (null when none)
     */
    public record Horizon(Integer lastPublishedYear, int nextYearToEnter, LocalDate publishedUntil,
                          LocalDate warnFrom, boolean warning, String message) {
    }

    private View view() {
        return new View(published.current());
    }

    /** One computation's view of the arrangements: published ones asked for once, statutory years computed on need. */
    private final class View {
        private final SortedMap<Integer, HolidayArrangement> years;
        private final Map<Integer, Set<LocalDate>> statutoryDays = new HashMap<>();

        View(SortedMap<Integer, HolidayArrangement> years) {
            this.years = years;
        }

        boolean isWorkingDay(LocalDate date) {
            HolidayArrangement year = years.get(date.getYear());
            if (year != null) {
                return year.isWorkingDay(date);
            }
            Set<LocalDate> off = statutoryDays.computeIfAbsent(date.getYear(), statutory::dates);
            return !off.contains(date) && !HolidayArrangement.isWeekend(date);
        }
    }

}
