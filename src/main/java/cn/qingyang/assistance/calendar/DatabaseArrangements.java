package cn.qingyang.assistance.calendar;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The arrangements in force: the years shipped in {@code qingyang.working-days.years}
 * ({@link ConfiguredArrangements}) overlaid by the years administrators entered (an entered year
 * wins). Kept per node, but checked against the version row on every {@link #current()} (one
 * primary-key read), so that a year entered on one node counts on every node from the next due
 * date computed. Read inside a caller's transaction, it sees that transaction's own change.
 */
@Primary
@Component
public class DatabaseArrangements implements PublishedArrangements {

    private record Cached(String token, SortedMap<Integer, HolidayArrangement> years,
                          Map<Integer, HolidayArrangementRepository.Entered> entered) {
    }

    private final ConfiguredArrangements shipped;
    private final HolidayArrangementRepository repository;
    private volatile Cached cached;

    public DatabaseArrangements(ConfiguredArrangements shipped, HolidayArrangementRepository repository) {
        this.shipped = shipped;
        this.repository = repository;
    }

    @Override
    public SortedMap<Integer, HolidayArrangement> current() {
        return load().years();
    }

    /** The entered years (with who entered them and when), by year. */
    public Map<Integer, HolidayArrangementRepository.Entered> entered() {
        return load().entered();
    }

    /** The years shipped with the release. */
    public SortedMap<Integer, HolidayArrangement> shipped() {
        return shipped.current();
    }

    private Cached load() {
        String token = repository.version().token();
        Cached now = cached;
        if (now != null && now.token().equals(token)) {
            return now;
        }
        SortedMap<Integer, HolidayArrangement> years = new TreeMap<>(shipped.current());
        SortedMap<Integer, HolidayArrangementRepository.Entered> entered = new TreeMap<>();
        for (HolidayArrangementRepository.Entered year : repository.entered()) {
            years.put(year.arrangement().year(), year.arrangement());
            entered.put(year.arrangement().year(), year);
        }
        Cached fresh = new Cached(token, Collections.unmodifiableSortedMap(years), Collections.unmodifiableSortedMap(entered));
        cached = fresh;
        return fresh;
    }
}
