package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.ledger.FollowUpProcess;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Compiles each township's figures for a period from our tables (reports, visits, assistance,
 * sweeps, spot checks) and the engine's task history (on-time visits and follow-ups, tasks
 * overdue in the period). Engine queries run under whoever is authenticated: inside a process nobody (all
 * townships), behind the API the caller (only what their authorizations and tenants show).
 */
@Service
public class OversightFigures {

    /** The user tasks whose timeliness the county inspects. */
    static final String VISIT_TASK = DiscoveryCaseProcess.TASK_VISIT_HOUSEHOLD;
    static final String FOLLOW_UP_TASK = FollowUpProcess.TASK_FOLLOW_UP_VISIT;

    private final JdbcClient jdbc;
    private final OrgUnitRepository orgUnits;
    private final HistoryService history;
    private final Clock clock;

    public OversightFigures(JdbcClient jdbc, OrgUnitRepository orgUnits, HistoryService history, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.history = history;
        this.clock = clock;
    }

    public TownshipFigures township(String townshipCode, OversightPeriod period) {
        return townships(List.of(townshipCode), period).get(0);
    }

    /** Figures of each township listed, in that order. */
    public List<TownshipFigures> townships(List<String> townshipCodes, OversightPeriod period) {
        if (townshipCodes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = Map.of("townships", townshipCodes, "from", period.from(), "to", period.to());
        Map<String, Map<String, Long>> channels = new HashMap<>();
        jdbc.sql("""
                        SELECT c.township_code, r.channel, COUNT(*) AS n FROM case_report r
                        JOIN discovery_case c ON c.id = r.case_id
                        WHERE c.township_code IN (:townships) AND r.received_at >= :from AND r.received_at < :to
                        GROUP BY c.township_code, r.channel""")
                .params(p).query((rs, i) -> channels.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        Map<String, long[]> visits = counts("""
                SELECT c.township_code,
                       SUM(CASE WHEN v.person_seen THEN 0 ELSE 1 END),
                       SUM(CASE WHEN v.conclusion = 'MORE_NEEDED' THEN 1 ELSE 0 END)
                FROM home_visit v JOIN discovery_case c ON c.id = v.case_id
                WHERE c.township_code IN (:townships) AND v.recorded_at >= :from AND v.recorded_at < :to
                GROUP BY c.township_code""", p, 2);
        Map<String, long[]> sweeps = counts("""
                SELECT township_code, COUNT(*), SUM(CASE WHEN status = 'OVERDUE' THEN 1 ELSE 0 END)
                FROM sweep_village WHERE township_code IN (:townships) AND sweep_month IN (:months)
                GROUP BY township_code""", Map.of("townships", townshipCodes, "months", period.months()), 2);
        Map<String, long[]> spotChecks = counts("""
                SELECT township_code, COUNT(*), SUM(CASE WHEN outcome = 'NORMAL' THEN 0 ELSE 1 END)
                FROM spot_check_item WHERE township_code IN (:townships) AND outcome IS NOT NULL
                AND checked_at >= :from AND checked_at < :to
                GROUP BY township_code""", p, 2);
        Map<String, double[]> assistance = daysToAssistance(p);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return townshipCodes.stream().map(code -> {
            String tenant = OrganisationGroups.tenant(code);
            long[] visit = visits.getOrDefault(code, new long[2]);
            long[] sweep = sweeps.getOrDefault(code, new long[2]);
            long[] spot = spotChecks.getOrDefault(code, new long[2]);
            double[] aid = assistance.getOrDefault(code, new double[2]);
            long[] visitTasks = onTime(VISIT_TASK, tenant, period);
            long[] followUps = onTime(FOLLOW_UP_TASK, tenant, period);
            long overdue = overdue(tenant, period, now);
            return new TownshipFigures(code, orgUnits.findByCode(code).map(OrgUnit::name).orElse(code),
                    channels.getOrDefault(code, Map.of()), visitTasks[0], visitTasks[1], visit[0], visit[1],
                    (long) aid[0], aid[0] == 0 ? null : Math.round(aid[1] / aid[0] * 10) / 10.0, overdue,
                    followUps[0], followUps[1], sweep[0], sweep[1], spot[0], spot[1]);
        }).toList();
    }

    /** [completed in the period, of which on or before the due date]. */
    private long[] onTime(String taskKey, String tenant, OversightPeriod period) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey)
                .tenantIdIn(tenant).finished().taskDeleteReason("completed")
                .finishedAfter(Date.from(period.from().toInstant().minusMillis(1)))
                .finishedBefore(Date.from(period.to().toInstant())).list();
        long onTime = done.stream().filter(t -> t.getDueDate() == null || !t.getEndTime().after(t.getDueDate())).count();
        return new long[] {done.size(), onTime};
    }

    /**
     * Tasks of the township that fell due in the period (up to now) and were done late or are
     * still open.
     */
    private long overdue(String tenant, OversightPeriod period, OffsetDateTime now) {
        OffsetDateTime until = period.to().isBefore(now) ? period.to() : now;
        if (!until.isAfter(period.from())) {
            return 0;
        }
        return history.createHistoricTaskInstanceQuery().tenantIdIn(tenant)
                .taskDueAfter(Date.from(period.from().toInstant().minusMillis(1))).taskDueBefore(Date.from(until.toInstant()))
                .list().stream()
                .filter(t -> t.getEndTime() == null
                        || ("completed".equals(t.getDeleteReason()) && t.getEndTime().after(t.getDueDate())))
                .count();
    }

    /** Per township: [cases first assisted in the period, sum of days from registration]. */
    private Map<String, double[]> daysToAssistance(Map<String, Object> p) {
        Map<String, double[]> result = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.township_code, c.opened_at, MIN(a.at) AS first_at FROM discovery_case c JOIN (
                            SELECT case_id, granted_at AS at FROM emergency_aid
                            UNION ALL SELECT case_id, decided_at FROM assistance_decision WHERE outcome IN ('APPROVED', 'PAID')
                            UNION ALL SELECT case_id, recorded_at FROM care_arrangement
                            UNION ALL SELECT case_id, referred_at FROM referral
                            UNION ALL SELECT case_id, enrolled_at FROM monitoring_enrolment) a ON a.case_id = c.id
                        WHERE c.township_code IN (:townships)
                        GROUP BY c.id, c.township_code, c.opened_at
                        HAVING MIN(a.at) >= :from AND MIN(a.at) < :to""")
                .params(p).query((rs, i) -> {
                    Timestamp opened = rs.getTimestamp(2);
                    Timestamp first = rs.getTimestamp(3);
                    double days = Duration.between(opened.toInstant(), first.toInstant()).toMinutes() / 1440.0;
                    double[] sum = result.computeIfAbsent(rs.getString(1), k -> new double[2]);
                    sum[0]++;
                    sum[1] += Math.max(0, days);
                    return null;
                }).list();
        return result;
    }

    private Map<String, long[]> counts(String sql, Map<String, Object> params, int columns) {
        Map<String, long[]> result = new HashMap<>();
        jdbc.sql(sql).params(params).query((rs, i) -> {
            long[] values = new long[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = rs.getLong(c + 2);
            }
            return result.put(rs.getString(1), values);
        }).list();
        return result;
    }
}
