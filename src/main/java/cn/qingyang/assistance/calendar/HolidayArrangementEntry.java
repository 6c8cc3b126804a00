package cn.qingyang.assistance.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator enters or corrects a year's arrangement: stored, recorded (before and after,
 * who, when) and announced as {@link HolidayArrangementChanged} in one transaction, on the data
 * source the engine shares. The listeners (the due dates of open tasks and pending timers) run
 * inside it: if one fails, nothing is stored and the administrator sees the failure.
 */
@Service
public class HolidayArrangementEntry {

    /** What was stored. */
    public record Entered(long changeId, HolidayArrangement arrangement, HolidayArrangementRepository.Origin before,
                          String changedBy, OffsetDateTime changedAt, long version) {
    }

    private final HolidayArrangementRepository repository;
    private final WorkingDayCalendar workingDays;
    private final StatutoryHolidays statutory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Clock clock;

    public HolidayArrangementEntry(HolidayArrangementRepository repository, WorkingDayCalendar workingDays,
                                   StatutoryHolidays statutory, ApplicationEventPublisher events,
                                   PlatformTransactionManager transactions, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.workingDays = workingDays;
        this.statutory = statutory;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a checked arrangement (see {@link ArrangementCheck}) for its year, in place of any
     * shipped or earlier entered one.
     */
    public Entered enter(HolidayArrangement arrangement, String source, String userId) {
        return transaction.execute(status -> {
            // One change at a time across the cluster: the version row stays locked until the commit,
            // so "before" is never a year another administrator is replacing at this moment.
            jdbc.sql("SELECT serial FROM holiday_arrangement_version WHERE id = 1 FOR UPDATE").query(Long.class).single();
            WorkingDayCalendar before = workingDays.snapshot();
            int year = arrangement.year();
            HolidayArrangementRepository.Origin origin;
            HolidayArrangement previous = before.arrangement(year).orElse(null);
            if (previous == null) {
                origin = HolidayArrangementRepository.Origin.STATUTORY;
                previous = HolidayArrangement.of(year, statutory.dates(year), List.of());
            } else {
                origin = repository.entered().stream().anyMatch(e -> e.arrangement().year() == year)
                        ? HolidayArrangementRepository.Origin.ENTERED : HolidayArrangementRepository.Origin.SHIPPED;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String why = source == null || source.isBlank() ? null : source.strip();
            repository.store(arrangement, why, userId, now);
            long changeId = repository.recordChange(year, userId, now, why, origin, previous, arrangement);
            long version = repository.bumpVersion().serial();
            WorkingDayCalendar after = before.with(arrangement);
            events.publishEvent(new HolidayArrangementChanged(changeId, year, before, after, userId, now.toInstant()));
            return new Entered(changeId, arrangement, origin, userId, now, version);
        });
    }
}
