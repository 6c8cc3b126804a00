package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statutory days off, computed for years whose arrangement is not yet published. */
class StatutoryHolidaysTest {

    private final StatutoryHolidays statutory = new StatutoryHolidays();

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void thirteenDaysWithTheirNames() {
        List<StatutoryHolidays.Holiday> days = statutory.of(2028);
        assertThat(days).hasSize(13);
        assertThat(days).extracting(StatutoryHolidays.Holiday::name).containsExactly(
                "元旦", "春节", "春节", "春节", "春节", "清明节", "劳动节", "劳动节", "端午节", "国庆节", "国庆节", "中秋节", "国庆节");
        assertThat(statutory.dates(2028)).containsExactly(
                date("2028-01-01"),
                date("2028-01-25"), date("2028-01-26"), date("2028-01-27"), date("2028-01-28"), // 除夕 to 初三
                date("2028-04-04"),
                date("2028-05-01"), date("2028-05-02"),
                date("2028-05-28"),
                date("2028-10-01"), date("2028-10-02"), date("2028-10-03")); // 中秋 falls on 国庆's third day
    }

    /**
     * The lunar new year, 端午, 中秋 and 清明 as the Purple Mountain Observatory's calendar gives
     * them. 2027 and 2030 are the years where ICU4J 78.1's Chinese calendar is a day off (its new
     * moons fall just before midnight in Beijing): this is why the library is cn.6tail:lunar.
     */
    @ParameterizedTest
    @CsvSource({
            "2025, 2025-01-29, 2025-04-04, 2025-05-31, 2025-10-06",
            "2026, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
            "2027, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
            "2028, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
            "2029, 2029-02-13, 2029-04-04, 2029-06-16, 2029-09-22",
            "2030, 2030-02-03, 2030-04-05, 2030-06-05, 2030-09-12",
            "2031, 2031-01-23, 2031-04-05, 2031-06-24, 2031-10-01",
            "2033, 2033-01-31, 2033-04-04, 2033-06-01, 2033-09-08"})
    void lunarDatesAndTheSolarTerm(int year, String newYear, String qingming, String duanwu, String midAutumn) {
        Map<String, List<LocalDate>> byName = new java.util.TreeMap<>();
        statutory.of(year).forEach(h -> byName.computeIfAbsent(h.name(), k -> new java.util.ArrayList<>()).add(h.date()));
        assertThat(byName.get("春节")).containsExactly(
                date(newYear).minusDays(1), date(newYear), date(newYear).plusDays(1), date(newYear).plusDays(2));
        assertThat(byName.get("清明节")).containsExactly(date(qingming));
        assertThat(byName.get("端午节")).containsExactly(date(duanwu));
        assertThat(byName.get("中秋节")).containsExactly(date(midAutumn));
    }

    @Test
    void theEveIsTheLastDayOfTheLunarYearWhetherTheTwelfthMonthHas29Or30Days() {
        // 2026: 腊月 has 29 days, the eve is 16 February; 2025: 30 days, the eve is 28 January.
        assertThat(statutory.dates(2026)).contains(date("2026-02-16")).doesNotContain(date("2026-02-15"));
        assertThat(statutory.dates(2025)).contains(date("2025-01-28"));
    }

    @Test
    void everyShippedArrangementGivesEveryStatutoryDayOff() {
        WorkingDayCalendarTest.loadTheShippedConfigurationQuietly();
        new ConfiguredArrangements(WorkingDayCalendarTest.shipped).current().values()
                .forEach(arrangement -> assertThat(arrangement.missingStatutoryDays(statutory))
                        .as("%s 年", arrangement.year()).isEmpty());
    }

    @Test
    void anArrangementLackingAStatutoryDayIsFound() {
        HolidayArrangement without = HolidayArrangement.of(2028, List.of(date("2028-01-01")), List.of());
        assertThat(without.missingStatutoryDays(statutory)).hasSize(12)
                .first().extracting(StatutoryHolidays.Holiday::date).isEqualTo(date("2028-01-25"));
    }

    @Test
    void yearsBeyondTheLibrarysTablesAreRefusedInChinese() {
        assertThatThrownBy(() -> statutory.of(2100)).hasMessage("无法推算 2100 年的法定节假日：只支持 1901 至 2099 年");
    }
}
