package cn.qingyang.assistance.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells administrators that next year's holiday arrangement is to be entered, from
 * {@value WorkingDayCalendar#WARNING_DAYS} days before the last published year ends: a WARN line at
 * start-up and once a day ({@code qingyang.working-days.warning-cron}), and
 * {@code /actuator/health/workingDays}, which stays UP (the nodes keep serving: due dates are
 * counted provisionally, nothing fails) and carries the horizon and the warning in its details.
 */
@Component("workingDaysHealthIndicator")
class WorkingDaysWarning implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WorkingDaysWarning.class);

    private final WorkingDayCalendar workingDays;

    WorkingDaysWarning(WorkingDayCalendar workingDays) {
        this.workingDays = workingDays;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        warnIfDue();
    }

    @Scheduled(cron = "${qingyang.working-days.warning-cron:0 0 8 * * *}", zone = "${qingyang.time-zone:Asia/Shanghai}")
    void daily() {
        warnIfDue();
    }

    /** Logs the warning when it is due; answers whether it was. */
    boolean warnIfDue() {
        WorkingDayCalendar.Horizon horizon = workingDays.horizon();
        if (horizon.warning()) {
            log.warn("节假日安排：{}（已发布的安排覆盖到 {}）", horizon.message(), horizon.publishedUntil());
        }
        return horizon.warning();
    }

    @Override
    public Health health() {
        WorkingDayCalendar.Horizon horizon = workingDays.horizon();
        Health.Builder health = Health.up()
                .withDetail("publishedUntil", horizon.publishedUntil().toString())
                .withDetail("nextYearToEnter", horizon.nextYearToEnter())
                .withDetail("warnFrom", horizon.warnFrom().toString())
                .withDetail("warning", horizon.warning());
        if (horizon.lastPublishedYear() != null) {
            health.withDetail("lastPublishedYear", horizon.lastPublishedYear());
        }
        if (horizon.message() != null) {
            health.withDetail("message", horizon.message());
        }
        return health.build();
    }
}
