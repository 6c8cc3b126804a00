package cn.qingyang.assistance.deadlines;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a due date counted in working days goes when a year's holiday arrangement changes, without
 * knowing from what day it was counted nor how many days: the working days it lay beyond the change
 * are counted again on the new calendar.
 *
 * <p>Let C be the first date on which the calendars before and after the change differ, and S the
 * day the count started (approximated by the task's or job's creation). A due date D before C was
 * counted on days that did not change and stays. Otherwise the count is anchored on A, the later of
 * S and the day before C (from A on the old calendar may have counted other days); the k working
 * days the old calendar counts after A up to D are counted again on the new one from A. Where k is
 * 0, D was not the end of a working-day count (it lies on a day the old calendar did not work) and
 * stays. Pure: no engine, no clock.
 */
public final class DueDateShift {

    private DueDateShift() {
    }

    /** The first date of {@code year} (and the years after, up to ten) on which the two calendars differ. */
    public static Optional<LocalDate> firstDifference(WorkingDayCalendar before, WorkingDayCalendar after, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        for (LocalDate date = LocalDate.of(year, 1, 1); !date.isAfter(end); date = date.plusDays(1)) {
            if (before.isWorkingDay(date) != after.isWorkingDay(date)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The new date of a due date {@code due} counted from {@code start} on {@code before}, now that
     * {@code after} counts from {@code firstChange} on: {@code due} itself where it does not move.
     */
    public static LocalDate shift(WorkingDayCalendar before, WorkingDayCalendar after, LocalDate firstChange,
                                  LocalDate start, LocalDate due) {
        if (due.isBefore(firstChange)) {
            return due;
        }
        LocalDate dayBeforeChange = firstChange.minusDays(1);
        LocalDate anchor = start != null && start.isAfter(dayBeforeChange) ? start : dayBeforeChange;
        if (!due.isAfter(anchor)) {
            return due;
        }
        int k = before.workingDaysBetween(anchor, due);
        if (k == 0) {
            return due;
        }
        return after.addWorkingDays(anchor, k);
    }
}
