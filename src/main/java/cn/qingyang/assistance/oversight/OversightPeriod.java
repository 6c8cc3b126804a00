package cn.qingyang.assistance.oversight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period the county looks back on, in Beijing time: a quarter ({@code 2026-Q3}), a month
 * ({@code 2026-10}) or a year ({@code 2026}). {@code to} is exclusive.
 */
public record OversightPeriod(String label, LocalDate firstDay, LocalDate endExclusive, ZoneId zone) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static OversightPeriod quarter(String label, ZoneId zone) {
        Matcher m = QUARTER.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new IllegalArgumentException("季度“" + label + "”格式不对，应为 yyyy-Qn，例如 2026-Q3。");
        }
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        return new OversightPeriod(label, first, first.plusMonths(3), zone);
    }

    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static OversightPeriod month(YearMonth month, ZoneId zone) {
        return new OversightPeriod(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1), zone);
    }

    public static OversightPeriod year(int year, ZoneId zone) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new OversightPeriod(String.valueOf(year), first, first.plusYears(1), zone);
    }

    public OffsetDateTime from() {
        return firstDay.atStartOfDay(zone).toOffsetDateTime();
    }

    public OffsetDateTime to() {
        return endExclusive.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The months the period covers, yyyy-MM (as the sweeps are kept). */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(firstDay); m.isBefore(YearMonth.from(endExclusive)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }
}
