package cn.qingyang.assistance.calendar;

import cn.qingyang.assistance.common.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a year's arrangement as an administrator enters it (on the page, by the API or in a file)
 * and lists every mistake in Chinese, so that one answer says all that is to be fixed: a year out
 * of range, a date that is not a date, a date outside the year, a day both off and worked, a
 * make-up working day on a weekday, a statutory day not given off, more days than a notice ever has.
 */
@org.springframework.stereotype.Component
public final class ArrangementCheck {

    /** The first year of the present 放假办法 (13 statutory days, in force from 2025). */
    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2099;
    /** No notice gives more days off (2025: 28) or make-up days (2025: 5); more is a slip of the hand. */
    public static final int MAX_HOLIDAYS = 60;
    public static final int MAX_WORKDAYS = 20;
    public static final int MAX_SOURCE = 200;

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2})");

    /** The outcome: the arrangement when sound, otherwise the problems (never both). */
    public record Outcome(HolidayArrangement arrangement, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A date as people write it: 2028-01-01, 2028/1/1, 2028.1.1, 2028年1月1日 or 20280101; null when it is not one. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return m.group(1) != null
                    ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    : LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private final StatutoryHolidays statutory;

    public ArrangementCheck(StatutoryHolidays statutory) {
        this.statutory = statutory;
    }

    /** Problems with the year itself (empty when it may be entered). */
    public static List<String> yearProblems(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return List.of("只能录入 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年的节假日安排（现行放假办法自 2025 年起施行），"
                    + year + " 年不在其中：请核对年份");
        }
        return List.of();
    }

    /** Problems with the notice's free text. */
    public static List<String> sourceProblems(String source) {
        if (source == null) {
            return List.of();
        }
        if (source.codePointCount(0, source.length()) > MAX_SOURCE) {
            return List.of("发文依据最多 " + MAX_SOURCE + " 个字，请精简");
        }
        if (Texts.hasMarkup(source)) {
            return List.of("发文依据不能含有“<”等标记符号，请删去");
        }
        return List.of();
    }

    /**
     * Checks dates written as text (each already parsed by {@link #parseDate} or named as not a date).
     *
     * @param holidays the days off as written
     * @param workdays the make-up working days as written
     */
    public Outcome check(int year, List<String> holidays, List<String> workdays) {
        List<String> problems = new ArrayList<>(yearProblems(year));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        List<LocalDate> off = parse(holidays, "放假日", problems);
        List<LocalDate> worked = parse(workdays, "调休上班日", problems);
        return check(year, off, worked, problems);
    }

    /** Checks parsed dates; {@code earlier} are problems found while reading them (kept first). */
    public Outcome check(int year, List<LocalDate> holidays, List<LocalDate> workdays, List<String> earlier) {
        List<String> problems = new ArrayList<>(earlier);
        problems.addAll(yearProblems(year));
        if (!yearProblems(year).isEmpty()) {
            return new Outcome(null, problems);
        }
        long offDays = holidays.stream().distinct().count();
        long workDays = workdays.stream().distinct().count();
        if (offDays > MAX_HOLIDAYS) {
            problems.add("放假日共 " + offDays + " 天，多于 " + MAX_HOLIDAYS + " 天：国务院办公厅的通知从未放这么多天，请核对是否误填了整月");
        }
        if (workDays > MAX_WORKDAYS) {
            problems.add("调休上班日共 " + workDays + " 天，多于 " + MAX_WORKDAYS + " 天：请核对是否误把放假日填成了上班日");
        }
        problems.addAll(HolidayArrangement.problems(year, holidays, workdays));
        for (StatutoryHolidays.Holiday day : statutory.of(year)) {
            if (!holidays.contains(day.date())) {
                problems.add(day.date() + "（" + day.name() + "）未列为放假日：法定节假日必须放假");
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, List.copyOf(problems));
        }
        return new Outcome(HolidayArrangement.of(year, holidays, workdays), List.of());
    }

    private static List<LocalDate> parse(List<String> texts, String what, List<String> problems) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                problems.add(what + "中有空的日期，请删去或填写");
                continue;
            }
            LocalDate date = parseDate(text);
            if (date == null) {
                problems.add(what + "“" + Texts.abbreviate(text.strip()) + "”不是有效的日期：请写成 2028-01-01 的格式");
            } else {
                dates.add(date);
            }
        }
        return dates;
    }
}
