package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the oversight diagrams' expressions: which townships are inspected and which period a
 * timer looks back on (Beijing time). When the timers fire is written in the diagrams.
 */
@Component("oversightPlan")
public class OversightPlan {

    private final OrgUnitRepository orgUnits;
    private final Clock clock;

    public OversightPlan(OrgUnitRepository orgUnits, Clock clock) {
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    public List<String> townships() {
        return orgUnits.findActive(OrgLevel.TOWNSHIP).stream().map(OrgUnit::code).toList();
    }

    /** The quarter given at start (checked), or else the quarter before today's. */
    public String quarterOrPrevious(Object given) {
        if (given != null && !given.toString().isBlank()) {
            return OversightPeriod.quarter(given.toString().trim(), clock.getZone()).label();
        }
        return OversightPeriod.quarterOf(LocalDate.now(clock).minusMonths(3));
    }

    /** The month given at start (checked), or else last month. */
    public String monthOrPrevious(Object given) {
        if (given != null && !given.toString().isBlank()) {
            try {
                return YearMonth.parse(given.toString().trim()).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("月份“" + given + "”格式不对，应为 yyyy-MM，例如 2026-10。");
            }
        }
        return YearMonth.now(clock).minusMonths(1).toString();
    }

    /** The year given at start, or else last year. */
    public int yearOrPrevious(Object given) {
        if (given instanceof Number number) {
            return number.intValue();
        }
        if (given != null && !given.toString().isBlank()) {
            try {
                return Integer.parseInt(given.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("年度“" + given + "”格式不对，应为四位年份，例如 2026。");
            }
        }
        return LocalDate.now(clock).getYear() - 1;
    }

    public String name(String code) {
        return orgUnits.findByCode(code).map(OrgUnit::name).orElse(code);
    }
}
