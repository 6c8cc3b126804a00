package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16 §2 "effective at once on every node of a cluster": two nodes (application contexts,
 * each with its own cache) on one database; a year entered on one counts on the other at its next
 * computation, with no restart; and a change whose listener fails leaves nothing behind.
 */
class ArrangementsAcrossNodesIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(BEIJING).toInstant(), BEIJING);

    final StatutoryHolidays statutory = new StatutoryHolidays();

    /** 2027 as the State Council might publish it: 春节 from 除夕 for eight days, one Saturday worked. */
    HolidayArrangement year2027() {
        List<LocalDate> off = new ArrayList<>(statutory.dates(2027));
        LocalDate eve = statutory.of(2027).stream().filter(h -> h.name().equals("春节")).findFirst().orElseThrow().date();
        for (int i = 0; i < 8; i++) {
            off.add(eve.plusDays(i));
        }
        ArrangementCheck.Outcome outcome = new ArrangementCheck(statutory).check(2027, off, List.of(LocalDate.of(2027, 2, 20)),
                List.of());
        assertThat(outcome.problems()).isEmpty();
        return outcome.arrangement();
    }

    @Test
    void aYearEnteredOnOneNodeCountsOnTheOtherAtItsNextComputation() {
        String[] database = CalendarNodes.newDatabase();
        CalendarNodes.node(database, CLOCK).run(a -> CalendarNodes.node(database, CLOCK).run(b -> {
            assertThat(a).hasNotFailed();
            assertThat(b).hasNotFailed();
            WorkingDayCalendar onA = a.getBean(WorkingDayCalendar.class);
            WorkingDayCalendar onB = b.getBean(WorkingDayCalendar.class);
            HolidayArrangement published = year2027();
            LocalDate bridged = published.holidays().stream().filter(d -> !statutory.dates(2027).contains(d)
                    && !HolidayArrangement.isWeekend(d)).findFirst().orElseThrow();
            // both nodes have counted 2027 already (their caches are warm): provisional, the bridged day a working day
            assertThat(onA.isProvisional(bridged)).isTrue();
            assertThat(onB.isProvisional(bridged)).isTrue();
            assertThat(onB.isWorkingDay(bridged)).isTrue();
            assertThat(onB.isWorkingDay(LocalDate.of(2027, 2, 20))).as("a Saturday, before 2027 is entered").isFalse();
            assertThat(onB.horizon().warning()).isTrue();

            HolidayArrangementEntry.Entered entered = a.getBean(HolidayArrangementEntry.class)
                    .enter(published, "国办发明电〔2026〕12号", "admin");

            assertThat(onB.isProvisional(bridged)).as("node B, without a restart").isFalse();
            assertThat(onB.isWorkingDay(bridged)).isFalse();
            assertThat(onB.isWorkingDay(LocalDate.of(2027, 2, 20))).as("the make-up Saturday").isTrue();
            assertThat(onB.arrangement(2027)).contains(published);
            assertThat(onB.horizon().nextYearToEnter()).isEqualTo(2028);
            assertThat(onB.horizon().warning()).as("2027 is published: the warning is for 2028 from 2027-11-01").isFalse();
            assertThat(onA.isWorkingDay(bridged)).isFalse();

            // what was recorded, and what the listeners of the entering node were told
            HolidayArrangementRepository.Change change = b.getBean(HolidayArrangementRepository.class).change(entered.changeId())
                    .orElseThrow();
            assertThat(change.changedBy()).isEqualTo("admin");
            assertThat(change.beforeOrigin()).isEqualTo(HolidayArrangementRepository.Origin.STATUTORY);
            assertThat(change.beforeHolidays()).containsExactlyElementsOf(statutory.dates(2027));
            assertThat(change.afterHolidays()).isEqualTo(published.holidays());
            List<HolidayArrangementChanged> told = a.getBean(CalendarNodes.Listener.class).seen;
            assertThat(told).singleElement().satisfies(event -> {
                assertThat(event.changeId()).isEqualTo(entered.changeId());
                assertThat(event.before().isWorkingDay(bridged)).isTrue();
                assertThat(event.after().isWorkingDay(bridged)).isFalse();
                assertThat(event.changedBy()).isEqualTo("admin");
            });
            assertThat(b.getBean(CalendarNodes.Listener.class).seen).as("the event is the entering node's").isEmpty();

            // a correction on node B counts on node A; the record says it replaced an entered year
            HolidayArrangement corrected = HolidayArrangement.of(2027, published.holidays(), List.of());
            HolidayArrangementEntry.Entered second = b.getBean(HolidayArrangementEntry.class).enter(corrected, null, "county-supervisor");
            assertThat(second.before()).isEqualTo(HolidayArrangementRepository.Origin.ENTERED);
            assertThat(onA.isWorkingDay(LocalDate.of(2027, 2, 20))).isFalse();
            assertThat(second.version()).isEqualTo(entered.version() + 1);
        }));
    }

    @Test
    void anEnteredYearOverridesTheShippedOne() {
        String[] database = CalendarNodes.newDatabase();
        CalendarNodes.node(database, CLOCK).run(node -> {
            WorkingDayCalendar workingDays = node.getBean(WorkingDayCalendar.class);
            HolidayArrangement shipped = workingDays.arrangement(2026).orElseThrow();
            LocalDate madeUp = LocalDate.of(2026, 10, 10);
            assertThat(shipped.workdays()).as("application.yaml's 2026").contains(madeUp);
            assertThat(workingDays.isWorkingDay(madeUp)).isTrue();
            // say the county learns that 10 October was not worked after all
            HolidayArrangement corrected = HolidayArrangement.of(2026, shipped.holidays(),
                    shipped.workdays().stream().filter(d -> !d.equals(madeUp)).toList());
            HolidayArrangementEntry.Entered entered = node.getBean(HolidayArrangementEntry.class)
                    .enter(corrected, "更正", "county-supervisor");
            assertThat(entered.before()).isEqualTo(HolidayArrangementRepository.Origin.SHIPPED);
            assertThat(workingDays.isWorkingDay(madeUp)).isFalse();
            assertThat(workingDays.arrangement(2026)).contains(corrected);
            assertThat(node.getBean(DatabaseArrangements.class).shipped().get(2026)).isEqualTo(shipped);
            HolidayArrangementRepository.Change change = node.getBean(HolidayArrangementRepository.class)
                    .change(entered.changeId()).orElseThrow();
            assertThat(change.beforeWorkdays()).contains(madeUp);
            assertThat(change.afterWorkdays()).doesNotContain(madeUp);
        });
    }

    @Test
    void aChangeWhoseListenerFailsLeavesNothingBehind() {
        String[] database = CalendarNodes.newDatabase();
        CalendarNodes.node(database, CLOCK).run(node -> {
            int year = CalendarNodes.Listener.FAILING_YEAR;
            HolidayArrangement arrangement = HolidayArrangement.of(year, statutory.dates(year), List.of());
            WorkingDayCalendar workingDays = node.getBean(WorkingDayCalendar.class);
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            long versionBefore = node.getBean(HolidayArrangementRepository.class).version().serial();

            assertThatThrownBy(() -> node.getBean(HolidayArrangementEntry.class).enter(arrangement, null, "admin"))
                    .hasMessageContaining("could not be moved");

            assertThat(node.getBean(CalendarNodes.Listener.class).seen).hasSize(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM holiday_arrangement").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM holiday_arrangement_change").query(Long.class).single()).isZero();
            assertThat(node.getBean(HolidayArrangementRepository.class).version().serial()).isEqualTo(versionBefore);
            assertThat(workingDays.isProvisional(LocalDate.of(year, 6, 1))).as("the year is still unpublished").isTrue();
        });
    }
}
