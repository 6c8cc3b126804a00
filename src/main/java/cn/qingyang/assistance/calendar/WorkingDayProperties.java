package cn.qingyang.assistance.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The holiday arrangements of each year, as the State Council (国务院办公厅) publishes them every
 * November for the next year: the years shipped with a release. Later years are entered by an
 * administrator on the 节假日安排 page (stored in the database, overriding a shipped year); a year
 * in neither place is counted from the statutory holidays and its due dates are provisional.
 *
 * @param years by year: its days off and its make-up working days
 */
@ConfigurationProperties("qingyang.working-days")
public record WorkingDayProperties(@DefaultValue Map<Integer, YearCalendar> years) {

    /**
     * @param holidays every day off of each holiday period (放假调休), weekdays and weekends alike
     * @param workdays make-up working days (调休上班): Saturdays or Sundays that are worked
     */
    public record YearCalendar(@DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> workdays) {
    }
}
