package cn.qingyang.assistance.calendar;

import java.time.Instant;

/**
 * An administrator entered or replaced a year's holiday arrangement. Published synchronously, in
 * the transaction that stores it, so that what listens (the due dates of open tasks and pending
 * timers) moves with it or not at all.
 *
 * @param changeId  the recorded change (holiday_arrangement_change)
 * @param year      the year entered
 * @param before    the calendar as it counted before the change (frozen)
 * @param after     the calendar as it counts from now on (frozen)
 * @param changedBy the administrator's user ID
 * @param changedAt when
 */
public record HolidayArrangementChanged(long changeId, int year, WorkingDayCalendar before, WorkingDayCalendar after,
                                        String changedBy, Instant changedAt) {
}
