package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import cn.qingyang.assistance.common.ClockConfiguration;
import cn.qingyang.assistance.traceability.Proves;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The calendar on the shipped configuration: application.yaml is what is tested. */
class WorkingDayCalendarTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static WorkingDayProperties shipped;
    static WorkingDayCalendar calendar;

    private final TimeZone jvmDefault = TimeZone.getDefault();

    static void loadTheShippedConfigurationQuietly() {
        try {
            loadTheShippedConfiguration();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeAll
    static void loadTheShippedConfiguration() throws IOException {
        List<PropertySource<?>> documents =
                new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
        // The first document is the configuration of every profile.
        shipped = new Binder(ConfigurationPropertySources.from(documents.get(0)))
                .bind("qingyang.working-days", WorkingDayProperties.class)
                .orElseThrow(() -> new AssertionError("application.yaml has no qingyang.working-days"));
        calendar = new WorkingDayCalendar(shipped, Clock.system(BEIJING));
    }

    @AfterEach
    void restoreTheJvmZone() {
        TimeZone.setDefault(jvmDefault);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Date beijing(String localDateTime) {
        return Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BEIJING).toInstant());
    }

    // --- the shipped configuration -------------------------------------------------------------

    @Test
    void theShippedConfigurationCovers2025And2026() {
        // 2027's notice was not in hand at release: it is counted from the statutory holidays (provisional).
        assertThat(shipped.years()).containsOnlyKeys(2025, 2026);
        assertThat(calendar.configuredYears()).containsExactlyInAnyOrder(2025, 2026);
        assertThat(calendar.isProvisional(date("2026-12-31"))).isFalse();
        assertThat(calendar.isProvisional(date("2027-01-01"))).isTrue();
    }

    @Test
    void the2025ArrangementOfTheStateCouncil() {
        WorkingDayProperties.YearCalendar y2025 = shipped.years().get(2025);
        assertThat(y2025.holidays()).hasSize(28).doesNotHaveDuplicates()
                .contains(date("2025-01-01"), date("2025-01-28"), date("2025-02-04"), date("2025-04-04"),
                        date("2025-04-06"), date("2025-05-01"), date("2025-05-05"), date("2025-05-31"),
                        date("2025-06-02"), date("2025-10-01"), date("2025-10-08"));
        assertThat(y2025.workdays()).containsExactlyInAnyOrder(date("2025-01-26"), date("2025-02-08"),
                date("2025-04-27"), date("2025-09-28"), date("2025-10-11"));
    }

    @Test
    void the2026ArrangementOfTheStateCouncil() {
        WorkingDayProperties.YearCalendar y2026 = shipped.years().get(2026);
        assertThat(y2026.holidays()).hasSize(33).doesNotHaveDuplicates();
        assertThat(y2026.workdays()).containsExactlyInAnyOrder(date("2026-01-04"), date("2026-02-14"),
                date("2026-02-28"), date("2026-05-09"), date("2026-09-20"), date("2026-10-10"));
    }

    @Test
    void the2027StatutoryHolidaysWithLunarDates() {
        assertThat(new StatutoryHolidays().dates(2027)).containsExactlyInAnyOrder(
                date("2027-01-01"),
                date("2027-02-05"), date("2027-02-06"), date("2027-02-07"), date("2027-02-08"), // 除夕 and 春节 Feb 6
                date("2027-04-05"),                                                             // 清明
                date("2027-05-01"), date("2027-05-02"),
                date("2027-06-09"),                                                             // 端午
                date("2027-09-15"),                                                             // 中秋
                date("2027-10-01"), date("2027-10-02"), date("2027-10-03"));
    }

    @Test
    void everyShippedMakeUpDayIsAWeekendDay() {
        shipped.years().values().forEach(year -> assertThat(year.workdays())
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    }

    @Test
    void theBeanIsNamedForExpressions() {
        assertThat(WorkingDayCalendar.class.getAnnotation(Component.class).value()).isEqualTo("workingDays");
    }

    @Configuration
    @EnableConfigurationProperties(WorkingDayProperties.class)
    @Import({WorkingDayCalendar.class, ConfiguredArrangements.class, StatutoryHolidays.class, ClockConfiguration.class})
    static class CalendarOnly {
    }

    static final ApplicationContextRunner SPRING = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(CalendarOnly.class);

    @Test
    void springMakesTheBeanFromTheShippedConfigurationInTheCountyZone() {
        SPRING.run(context -> {
            assertThat(context).hasNotFailed();
            WorkingDayCalendar bean = context.getBean("workingDays", WorkingDayCalendar.class);
            assertThat(bean.zone()).isEqualTo(BEIJING);
            assertThat(bean.configuredYears()).containsExactlyInAnyOrder(2025, 2026);
            assertThat(bean.addWorkingDays(date("2025-01-27"), 3)).isEqualTo(date("2025-02-07"));
        });
        SPRING.withPropertyValues("qingyang.time-zone=UTC")
                .run(context -> assertThat(context.getBean(WorkingDayCalendar.class).zone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void springRefusesToStartOnAContradictoryConfiguration() {
        SPRING.withPropertyValues("qingyang.working-days.years.2025.workdays[0]=2025-10-04")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("2025-10-04 同时列为放假日和调休上班日")
                        .hasMessageContaining("qingyang.working-days.years.2025"));
    }

    // --- weekends and weekdays ----------------------------------------------------------------

    @Test
    void weekendsAreNotWorkingDaysAndWeekdaysAre() {
        assertThat(calendar.isWorkingDay(date("2025-03-08"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(date("2025-03-09"))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(date("2025-03-10"))).isTrue();  // Monday
        assertThat(calendar.isWorkingDay(date("2025-03-07"))).isTrue();  // Friday
    }

    @Proves("T-working-days")
    @Test
    void threeWorkingDaysFromAFridayIsTheNextWednesday() {
        assertThat(calendar.addWorkingDays(date("2025-03-07"), 3)).isEqualTo(date("2025-03-12"));
        assertThat(calendar.addWorkingDays(date("2025-03-07"), 1)).isEqualTo(date("2025-03-10"));
    }

    @Test
    void fromAWeekendTheFirstWorkingDayIsMonday() {
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 1)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.addWorkingDays(date("2025-03-09"), 3)).isEqualTo(date("2025-03-12"));
    }

    @Test
    void zeroDaysIsTheStartIfWorkingOtherwiseTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2025-03-10"), 0)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 0)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.addWorkingDays(date("2025-01-28"), 0)).isEqualTo(date("2025-02-05"));
        assertThat(calendar.addWorkingDays(date("2025-01-26"), 0)).isEqualTo(date("2025-01-26")); // make-up Sunday
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2025-03-10"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> calendar.dueAfterCalendarDays(new Date(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- Spring Festival and National Day 2025 --------------------------------------------------

    @Proves("T-working-days")
    @Test
    void springFestival2025IsSkippedAndItsMakeUpDaysCount() {
        // 春节 1月28日（周二）至2月4日（周二）放假; 1月26日（周日）、2月8日（周六）上班.
        for (LocalDate d = date("2025-01-28"); !d.isAfter(date("2025-02-04")); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2025-01-26"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2025-02-08"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2025-01-25"))).isFalse(); // an ordinary Saturday
        assertThat(calendar.isWorkingDay(date("2025-02-09"))).isFalse(); // an ordinary Sunday

        // Monday 27 January, the last day before the holiday: +3 are Wed 5, Thu 6, Fri 7 February.
        assertThat(calendar.addWorkingDays(date("2025-01-27"), 1)).isEqualTo(date("2025-02-05"));
        assertThat(calendar.addWorkingDays(date("2025-01-27"), 3)).isEqualTo(date("2025-02-07"));
        // ... and the fourth is the make-up Saturday.
        assertThat(calendar.addWorkingDays(date("2025-01-27"), 4)).isEqualTo(date("2025-02-08"));
        assertThat(calendar.addWorkingDays(date("2025-01-27"), 5)).isEqualTo(date("2025-02-10"));
        // From Friday 24 January the make-up Sunday 26 January is the first working day.
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-01-26"));
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 3)).isEqualTo(date("2025-02-05"));
    }

    @Proves("T-working-days")
    @Test
    void nationalDay2025IsSkippedAndItsMakeUpDaysCount() {
        // 国庆节、中秋节 10月1日至8日放假; 9月28日（周日）、10月11日（周六）上班.
        for (LocalDate d = date("2025-10-01"); !d.isAfter(date("2025-10-08")); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(calendar.addWorkingDays(date("2025-09-26"), 1)).isEqualTo(date("2025-09-28"));
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 3)).isEqualTo(date("2025-10-11"));
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 4)).isEqualTo(date("2025-10-13"));
    }

    @Test
    void otherHolidaysOf2025() {
        assertThat(calendar.isWorkingDay(date("2025-01-01"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2025-04-03"), 1)).isEqualTo(date("2025-04-07")); // 清明
        assertThat(calendar.isWorkingDay(date("2025-04-27"))).isTrue();                          // Sunday, 上班
        assertThat(calendar.addWorkingDays(date("2025-04-30"), 1)).isEqualTo(date("2025-05-06")); // 劳动节
        assertThat(calendar.addWorkingDays(date("2025-05-30"), 1)).isEqualTo(date("2025-06-03")); // 端午
    }

    // --- 2026 and 2027 -------------------------------------------------------------------------

    @Test
    void newYear2026CrossesTheYearAndCountsTheMakeUpSunday() {
        // 元旦 1月1日至3日放假, 1月4日（周日）上班.
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 2)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void springFestival2026() {
        // 2月15日至23日放假; 2月14日（周六）、2月28日（周六）上班.
        assertThat(calendar.isWorkingDay(date("2026-02-17"))).isFalse(); // 春节
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 1)).isEqualTo(date("2026-02-24"));
        assertThat(calendar.addWorkingDays(date("2026-02-24"), 4)).isEqualTo(date("2026-02-28"));
    }

    @Test
    void otherHolidaysOf2026() {
        assertThat(calendar.addWorkingDays(date("2026-04-03"), 1)).isEqualTo(date("2026-04-07")); // 清明
        assertThat(calendar.addWorkingDays(date("2026-04-30"), 1)).isEqualTo(date("2026-05-06")); // 劳动节
        assertThat(calendar.isWorkingDay(date("2026-05-09"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2026-06-18"), 1)).isEqualTo(date("2026-06-22")); // 端午
        assertThat(calendar.addWorkingDays(date("2026-09-24"), 1)).isEqualTo(date("2026-09-28")); // 中秋
        assertThat(calendar.isWorkingDay(date("2026-09-20"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08")); // 国庆
        assertThat(calendar.addWorkingDays(date("2026-10-09"), 1)).isEqualTo(date("2026-10-10"));
    }

    @Test
    void year2027CountedFromTheStatutoryHolidays() {
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-04"));
        assertThat(calendar.addWorkingDays(date("2027-02-04"), 1)).isEqualTo(date("2027-02-09")); // 春节
        assertThat(calendar.isWorkingDay(date("2027-04-05"))).isFalse();                          // 清明, Monday
        assertThat(calendar.isWorkingDay(date("2027-06-09"))).isFalse();                          // 端午
        assertThat(calendar.isWorkingDay(date("2027-09-15"))).isFalse();                          // 中秋
        assertThat(calendar.addWorkingDays(date("2027-09-30"), 1)).isEqualTo(date("2027-10-04")); // 国庆
    }

    // --- years without a published arrangement ------------------------------------------------

    @Test
    void aYearWithoutAnArrangementIsCountedFromTheStatutoryHolidaysAndIsProvisional() {
        // 2030: 元旦 Tuesday 1 January; 春节 from the eve, Saturday 2 February, to Tuesday 5 February.
        assertThat(calendar.isWorkingDay(date("2030-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2030-01-02"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2030-02-01"), 1)).isEqualTo(date("2030-02-06"));
        assertThat(calendar.isProvisional(date("2030-06-03"))).isTrue();
        assertThat(calendar.isProvisional(calendar.dueAfter(beijing("2030-06-03T09:00:00"), 1))).isTrue();
        assertThat(calendar.dueAfter(beijing("2030-06-03T09:00:00"), 3)).isEqualTo(beijing("2030-06-07T23:59:59"));
    }

    @Test
    void aCountReachingAnUnpublishedYearGoesOnWithoutTiaoxiu() {
        // From the last Friday of 2027 the next working day is Monday 3 January 2028 (元旦 Saturday, no 补休).
        assertThat(calendar.addWorkingDays(date("2027-12-31"), 1)).isEqualTo(date("2028-01-03"));
        assertThat(calendar.addWorkingDays(date("2027-12-30"), 1)).isEqualTo(date("2027-12-31"));
        // 春节 2028: eve Tuesday 25 January to Friday 28 January.
        assertThat(calendar.addWorkingDays(date("2028-01-24"), 1)).isEqualTo(date("2028-01-31"));
    }

    @Test
    void anEmptyConfigurationCountsEveryYearFromTheStatutoryHolidays() {
        WorkingDayCalendar empty = new WorkingDayCalendar(new WorkingDayProperties(Map.of()), Clock.system(BEIJING));
        assertThat(empty.isWorkingDay(date("2025-03-10"))).isTrue();
        assertThat(empty.isWorkingDay(date("2025-01-29"))).isFalse();       // 春节
        assertThat(empty.isWorkingDay(date("2025-01-26"))).isFalse();       // the 调休 Sunday is not known
        assertThat(empty.isProvisional(date("2025-03-10"))).isTrue();
    }

    @Test
    void aPublishedYearReplacesTheStatutoryCount() {
        WorkingDayCalendar with2028 = calendar.with(HolidayArrangement.of(2028,
                List.of(date("2028-01-01"), date("2028-01-02"), date("2028-01-03")), List.of()));
        assertThat(with2028.addWorkingDays(date("2027-12-31"), 1)).isEqualTo(date("2028-01-04"));
        assertThat(with2028.isProvisional(date("2028-06-01"))).isFalse();
        // The calendar it came from is untouched.
        assertThat(calendar.addWorkingDays(date("2027-12-31"), 1)).isEqualTo(date("2028-01-03"));
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
        assertThat(calendar.workingDaysBetween(date("2025-01-27"), date("2025-02-07"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(date("2025-03-10"), date("2025-03-10"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2025-03-10"), date("2025-03-01"))).isZero();
    }

    // --- the warning to administrators ---------------------------------------------------------

    static WorkingDayCalendar on(String isoDate) {
        Clock clock = Clock.fixed(ZonedDateTime.of(date(isoDate).atTime(9, 0), BEIJING).toInstant(), BEIJING);
        return new WorkingDayCalendar(shipped, clock);
    }

    @Test
    void administratorsAreWarnedFromSixtyDaysBeforeTheLastPublishedYearEnds() {
        WorkingDayCalendar.Horizon before = on("2026-10-31").horizon();
        assertThat(before.warning()).isFalse();
        assertThat(before.message()).isNull();
        assertThat(before.lastPublishedYear()).isEqualTo(2026);
        assertThat(before.warnFrom()).isEqualTo(date("2026-11-01"));

        WorkingDayCalendar.Horizon from = on("2026-11-01").horizon();
        assertThat(from.warning()).isTrue();
        assertThat(from.nextYearToEnter()).isEqualTo(2027);
        assertThat(from.message()).startsWith("2027 年的节假日安排尚未录入").contains("暂定", "节假日安排");

        // In a year that is itself unpublished, the warning names that year.
        WorkingDayCalendar.Horizon late = on("2027-03-01").horizon();
        assertThat(late.warning()).isTrue();
        assertThat(late.nextYearToEnter()).isEqualTo(2027);

        // Once 2027 is entered, the warning waits for 2 November 2027.
        WorkingDayCalendar entered = on("2026-11-30").with(HolidayArrangement.of(2027,
                new StatutoryHolidays().dates(2027), List.of()));
        assertThat(entered.horizon().warning()).isFalse();
        assertThat(entered.horizon().warnFrom()).isEqualTo(date("2027-11-01"));
    }

    // --- due dates -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Shanghai"})
    void dueAfterIsTheEndOfTheWorkingDayInBeijingWhateverTheJvmZone(String jvmZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        Date due = calendar.dueAfter(beijing("2025-01-27T10:00:00"), 3);
        assertThat(due.toInstant()).isEqualTo(Instant.parse("2025-02-07T15:59:59Z")); // 23:59:59 in Beijing
        assertThat(calendar.dueAfterWorkingDays(beijing("2025-01-27T10:00:00"), 3)).isEqualTo(due);
    }

    @Test
    void theStartIsTheDateInBeijingNotInTheJvmZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // Thursday 6 March 17:00 UTC is already Friday 7 March 01:00 in Beijing.
        Date from = Date.from(Instant.parse("2025-03-06T17:00:00Z"));
        assertThat(calendar.dueAfter(from, 1)).isEqualTo(beijing("2025-03-10T23:59:59"));
        assertThat(calendar.dueAfterCalendarDays(from, 1)).isEqualTo(beijing("2025-03-08T23:59:59"));
    }

    @Test
    void dueAfterZeroDaysIsTheEndOfTodayOrOfTheNextWorkingDay() {
        assertThat(calendar.dueAfter(beijing("2025-03-10T08:30:00"), 0)).isEqualTo(beijing("2025-03-10T23:59:59"));
        assertThat(calendar.dueAfter(beijing("2025-10-03T08:30:00"), 0)).isEqualTo(beijing("2025-10-09T23:59:59"));
    }

    @Test
    void dueAfterCalendarDaysIgnoresHolidays() {
        assertThat(calendar.dueAfterCalendarDays(beijing("2025-01-27T10:00:00"), 3))
                .isEqualTo(beijing("2025-01-30T23:59:59"));
        assertThat(calendar.dueAfterCalendarDays(beijing("2025-01-27T10:00:00"), 0))
                .isEqualTo(beijing("2025-01-27T23:59:59"));
        // Calendar days need no holiday arrangement.
        assertThat(calendar.dueAfterCalendarDays(beijing("2030-01-01T00:00:00"), 1))
                .isEqualTo(beijing("2030-01-02T23:59:59"));
    }

    @Test
    void theZoneIsTheClocksZone() {
        WorkingDayCalendar bySpring = new WorkingDayCalendar(shipped, Clock.system(ZoneId.of("Asia/Shanghai")));
        assertThat(bySpring.zone()).isEqualTo(BEIJING);
        assertThat(bySpring.dueAfter(beijing("2025-03-07T18:00:00"), 3)).isEqualTo(beijing("2025-03-12T23:59:59"));
    }

    @Test
    void todayIsTheCountyDateOfTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-06T17:00:00Z"), BEIJING);
        assertThat(new WorkingDayCalendar(shipped, clock).today()).isEqualTo(date("2025-03-07"));
    }

    // --- fail fast on a wrong configuration -----------------------------------------------------

    static WorkingDayProperties year(int year, List<LocalDate> holidays, List<LocalDate> workdays) {
        return new WorkingDayProperties(Map.of(year, new WorkingDayProperties.YearCalendar(holidays, workdays)));
    }

    @Test
    void aDayBothHolidayAndWorkdayIsRefused() {
        WorkingDayProperties both = year(2025, List.of(date("2025-01-26")), List.of(date("2025-01-26")));
        assertThatThrownBy(() -> new WorkingDayCalendar(both, Clock.system(BEIJING)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2025-01-26 同时列为放假日和调休上班日")
                .hasMessageContaining("qingyang.working-days.years.2025");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefused() {
        WorkingDayProperties weekday = year(2025, List.of(), List.of(date("2025-01-27")));
        assertThatThrownBy(() -> new WorkingDayCalendar(weekday, Clock.system(BEIJING)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("调休上班日 2025-01-27 不是周六或周日");
    }

    @Test
    void aDateUnderTheWrongYearIsRefused() {
        WorkingDayProperties wrongYear = year(2025, List.of(date("2026-01-01")), List.of());
        assertThatThrownBy(() -> new WorkingDayCalendar(wrongYear, Clock.system(BEIJING)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-01-01 不属于 2025 年")
                .hasMessageContaining("qingyang.working-days.years.2025");
    }

    @Test
    void missingListsAreEmpty() {
        WorkingDayCalendar lists = new WorkingDayCalendar(year(2025, null, null), Clock.system(BEIJING));
        assertThat(lists.isWorkingDay(date("2025-01-01"))).isTrue();
    }
}
