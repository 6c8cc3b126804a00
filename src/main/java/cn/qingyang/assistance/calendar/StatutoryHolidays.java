package cn.qingyang.assistance.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The statutory days off of a year (全国年节及纪念日放假办法, as amended in 2024 and in force from
 * 2025): 元旦 1 January; 春节 the eve (除夕) and the first three days of the first lunar month;
 * 清明 the day of the solar term; 劳动节 1 and 2 May; 端午 the fifth of the fifth lunar month;
 * 中秋 the fifteenth of the eighth; 国庆 1 to 3 October — thirteen days, without the make-up
 * working days (调休) and bridged days that only the State Council's yearly notice sets.
 *
 * <p>These are what {@link WorkingDayCalendar} counts for a year whose arrangement is not yet
 * published: the work goes on, on due dates marked provisional, until an administrator enters the
 * notice. Lunar dates and the solar term come from the {@code cn.6tail:lunar} library (its
 * astronomical tables agree with the Purple Mountain Observatory's calendar); the rules of
 * which days are off are the law's, written here.
 */
@Component
public class StatutoryHolidays {

    /** One statutory day off. */
    public record Holiday(String name, LocalDate date) {
    }

    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    /** The thirteen statutory days off of the year, in date order. */
    public List<Holiday> of(int year) {
        return byYear.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    /** The dates of {@link #of(int)}. */
    public Set<LocalDate> dates(int year) {
        Set<LocalDate> dates = new TreeSet<>();
        of(year).forEach(h -> dates.add(h.date()));
        return dates;
    }

    private static List<Holiday> compute(int year) {
        if (year < 1901 || year > 2099) {
            throw new IllegalArgumentException("无法推算 " + year + " 年的法定节假日：只支持 1901 至 2099 年");
        }
        List<Holiday> days = new ArrayList<>();
        days.add(new Holiday("元旦", LocalDate.of(year, 1, 1)));
        LocalDate newYear = lunar(year, 1, 1);
        days.add(new Holiday("春节", newYear.minusDays(1)));
        for (int i = 0; i < 3; i++) {
            days.add(new Holiday("春节", newYear.plusDays(i)));
        }
        Solar qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
        days.add(new Holiday("清明节", LocalDate.of(qingming.getYear(), qingming.getMonth(), qingming.getDay())));
        days.add(new Holiday("劳动节", LocalDate.of(year, 5, 1)));
        days.add(new Holiday("劳动节", LocalDate.of(year, 5, 2)));
        days.add(new Holiday("端午节", lunar(year, 5, 5)));
        days.add(new Holiday("中秋节", lunar(year, 8, 15)));
        for (int day = 1; day <= 3; day++) {
            days.add(new Holiday("国庆节", LocalDate.of(year, 10, day)));
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(days);
    }

    /** The Gregorian date of a day of the (non-leap) lunar month in the lunar year that begins in {@code year}. */
    private static LocalDate lunar(int year, int month, int day) {
        Solar solar = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
