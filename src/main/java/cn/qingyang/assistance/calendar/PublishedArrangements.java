package cn.qingyang.assistance.calendar;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the published holiday arrangements come from. {@link WorkingDayCalendar} asks once per
 * computation, so an arrangement entered on one node counts on every node from the next due date
 * computed.
 */
public interface PublishedArrangements {

    /** The arrangements in force now, by year: an immutable snapshot. */
    SortedMap<Integer, HolidayArrangement> current();

    /** Fixed arrangements (a snapshot, or a calendar with one year replaced). */
    static PublishedArrangements of(Map<Integer, HolidayArrangement> arrangements) {
        SortedMap<Integer, HolidayArrangement> fixed =
                java.util.Collections.unmodifiableSortedMap(new TreeMap<>(arrangements));
        return () -> fixed;
    }
}
