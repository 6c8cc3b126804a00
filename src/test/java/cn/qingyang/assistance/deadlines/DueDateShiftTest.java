package cn.qingyang.assistance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.calendar.HolidayArrangement;
import cn.qingyang.assistance.calendar.PublishedArrangements;
import cn.qingyang.assistance.calendar.StatutoryHolidays;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Moving due dates when 2028 is entered: before, 2028 was counted from its statutory days alone
 * (provisional); after, the illustrative 2028 arrangement (a longer 春节 and 调休 Saturdays) counts.
 */
class DueDateShiftTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Clock DEC_28_2027 = Clock.fixed(ZonedDateTime.of(2027, 12, 28, 10, 0, 0, 0, BEIJING).toInstant(), BEIJING);
    static final StatutoryHolidays STATUTORY = new StatutoryHolidays();

    // 2027 as published for the test: its statutory days only (its notice is not the point here)
    static final WorkingDayCalendar BEFORE = new WorkingDayCalendar(PublishedArrangements.of(Map.of(2027,
            HolidayArrangement.of(2027, STATUTORY.dates(2027), Set.of()))), STATUTORY, DEC_28_2027);
    static final WorkingDayCalendar AFTER = BEFORE.with(Illustrative2028.arrangement());

    static LocalDate date(int month, int day) {
        return LocalDate.of(month == 12 ? 2027 : 2028, month, day);
    }

    @Test
    void theCalendarsOfTheTestAreTheOnesComputedByHand() {
        // 2028's statutory 春节: 除夕 25 January, 初一至初三 26-28 January
        assertThat(STATUTORY.dates(2028)).contains(date(1, 1), date(1, 25), date(1, 26), date(1, 27), date(1, 28));
        assertThat(BEFORE.isProvisional(date(1, 3))).isTrue();
        assertThat(AFTER.isProvisional(date(1, 3))).isFalse();
        assertThat(DueDateShift.firstDifference(BEFORE, AFTER, 2028)).contains(date(1, 3));
        assertThat(DueDateShift.firstDifference(BEFORE, BEFORE, 2028)).isEmpty();
    }

    @Test
    void aDueDateCountedAcrossNewYearMovesByTheDayOffInLieu() {
        // 10 working days after 28 December: 29-31 Dec, 3-7 Jan, 10-11 Jan before; 3 Jan is off after
        LocalDate due = BEFORE.addWorkingDays(date(12, 28), 10);
        assertThat(due).isEqualTo(date(1, 11));
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(12, 28), due)).isEqualTo(date(1, 12));
    }

    @Test
    void aDueDateCountedIntoTheSpringFestivalMovesAcrossIt() {
        // 5 working days after Thursday 20 January: before 21, 24, 31 Jan, 1-2 Feb; after 21 and
        // Saturday 22 Jan (worked), then 1-3 Feb after the nine days off
        LocalDate due = BEFORE.addWorkingDays(date(1, 20), 5);
        assertThat(due).isEqualTo(date(2, 2));
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(1, 20), due)).isEqualTo(date(2, 3));
    }

    @Test
    void aDueDateBehindBothMakeUpSaturdaysEndsWhereItWas() {
        // 15 working days after 20 January: two days more off, two Saturdays worked
        LocalDate due = BEFORE.addWorkingDays(date(1, 20), 15);
        assertThat(due).isEqualTo(date(2, 16));
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(1, 20), due)).isEqualTo(date(2, 16));
    }

    @Test
    void aDueDateBeforeTheFirstChangeDoesNotMove() {
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(12, 28), date(12, 31))).isEqualTo(date(12, 31));
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(12, 20), date(1, 2))).isEqualTo(date(1, 2));
    }

    @Test
    void noWorkingDayBetweenTheAnchorAndTheDueDateLeavesItWhereItIs() {
        // k = 0: a due date on a Sunday counted from the Saturday before is not the end of a working-day count
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(1, 8), date(1, 9))).isEqualTo(date(1, 9));
        // nor is one on the first changed day itself, counted from it
        assertThat(DueDateShift.shift(BEFORE, AFTER, date(1, 3), date(1, 3), date(1, 3))).isEqualTo(date(1, 3));
    }

    @Test
    void everyCountMovesToWhatTheNewCalendarCountsFromTheSameStart() {
        List<String> wrong = new ArrayList<>();
        LocalDate firstChange = DueDateShift.firstDifference(BEFORE, AFTER, 2028).orElseThrow();
        for (LocalDate start = date(12, 1); start.isBefore(date(3, 1)); start = start.plusDays(1)) {
            for (int days = 1; days <= 25; days++) {
                LocalDate moved = DueDateShift.shift(BEFORE, AFTER, firstChange, start, BEFORE.addWorkingDays(start, days));
                LocalDate expected = AFTER.addWorkingDays(start, days);
                if (!moved.equals(expected)) {
                    wrong.add(start + " + " + days + ": " + moved + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
