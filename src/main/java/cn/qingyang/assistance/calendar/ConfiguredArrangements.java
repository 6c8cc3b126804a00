package cn.qingyang.assistance.calendar;

import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The arrangements shipped in {@code qingyang.working-days.years} (application.yaml): the years
 * published when this release was made. A wrong date stops the start, naming the setting.
 */
@Component
public class ConfiguredArrangements implements PublishedArrangements {

    private final SortedMap<Integer, HolidayArrangement> years;

    public ConfiguredArrangements(WorkingDayProperties properties) {
        SortedMap<Integer, HolidayArrangement> result = new TreeMap<>();
        if (properties != null && properties.years() != null) {
            properties.years().forEach((year, calendar) -> {
                try {
                    result.put(year, HolidayArrangement.of(year,
                            calendar == null ? null : calendar.holidays(), calendar == null ? null : calendar.workdays()));
                } catch (InvalidHolidayArrangementException e) {
                    throw new IllegalStateException(String.join("；", e.problems())
                            + "（qingyang.working-days.years." + year + "）");
                }
            });
        }
        this.years = java.util.Collections.unmodifiableSortedMap(result);
    }

    @Override
    public SortedMap<Integer, HolidayArrangement> current() {
        return years;
    }
}
