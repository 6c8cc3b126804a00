package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 16 §1: administrators are warned from 60 days before the last published year ends — the
 * log at start-up and on the daily run, {@code /actuator/health/working-days} (UP, with the
 * warning in its details) and the status the Cockpit banner reads — with the application's clock
 * fixed on either side of that day. Shipped: 2025 and 2026 (application.yaml), so the warning for
 * 2027 starts on 2026-11-01.
 */
@ExtendWith(OutputCaptureExtension.class)
class HorizonWarningIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static Clock at(LocalDate date) {
        return Clock.fixed(date.atTime(9, 0).atZone(BEIJING).toInstant(), BEIJING);
    }

    @Test
    void sixtyOneDaysBeforeTheEndNobodyIsWarned(CapturedOutput output) {
        CalendarNodes.node(CalendarNodes.newDatabase(), at(LocalDate.of(2026, 10, 31))).run(node -> {
            assertThat(node).hasNotFailed();
            WorkingDaysWarning warning = node.getBean(WorkingDaysWarning.class);
            assertThat(warning.warnIfDue()).isFalse();
            Health health = node.getBean("workingDaysHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("warning", false).containsEntry("warnFrom", "2026-11-01")
                    .containsEntry("publishedUntil", "2026-12-31").containsEntry("nextYearToEnter", 2027)
                    .doesNotContainKey("message");
            CalendarController.StatusView status = node.getBean(CalendarController.class).status();
            assertThat(status.warning()).isFalse();
            assertThat(status.message()).isNull();
        });
        assertThat(output.getAll()).doesNotContain("节假日安排：");
    }

    @Test
    void fromSixtyDaysBeforeTheEndTheLogTheHealthAndTheBannerWarn(CapturedOutput output) {
        CalendarNodes.node(CalendarNodes.newDatabase(), at(LocalDate.of(2026, 11, 1))).run(node -> {
            assertThat(node).hasNotFailed();
            WorkingDaysWarning warning = node.getBean(WorkingDaysWarning.class);
            warning.daily();
            assertThat(warning.warnIfDue()).isTrue();
            Health health = node.getBean("workingDaysHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).as("never DOWN: the nodes keep serving").isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("warning", true).containsEntry("nextYearToEnter", 2027);
            assertThat((String) health.getDetails().get("message")).startsWith("2027 年的节假日安排尚未录入");
            CalendarController.StatusView status = node.getBean(CalendarController.class).status();
            assertThat(status.warning()).isTrue();
            assertThat(status.today()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(status.todayProvisional()).isFalse();
            assertThat(status.message()).contains("请管理员在“节假日安排”页面录入");
        });
        assertThat(output.getAll()).contains("WARN").contains("节假日安排：2027 年的节假日安排尚未录入");
    }

    @Test
    void onceTheYearIsEnteredTheWarningStops(CapturedOutput output) {
        CalendarNodes.node(CalendarNodes.newDatabase(), at(LocalDate.of(2026, 12, 20))).run(node -> {
            StatutoryHolidays statutory = node.getBean(StatutoryHolidays.class);
            WorkingDaysWarning warning = node.getBean(WorkingDaysWarning.class);
            assertThat(warning.warnIfDue()).isTrue();
            node.getBean(HolidayArrangementEntry.class).enter(HolidayArrangement.of(2027, statutory.dates(2027),
                    java.util.List.of()), null, "admin");
            assertThat(warning.warnIfDue()).isFalse();
            assertThat(node.getBean("workingDaysHealthIndicator", HealthIndicator.class).health().getDetails())
                    .containsEntry("warning", false).containsEntry("nextYearToEnter", 2028);
        });
    }
}
