package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.ledger.FollowUpProcess;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.sweep.MonthlySweepProcess;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * Compiles each township's figures for a period from our tables (reports, visits, assistance,
 * sweeps, spot checks: {@link FiguresRepository}) and the engine's task history (on-time visits and follow-ups, tasks
 * overdue in the period). Engine queries run under whoever is authenticated: inside a process nobody (all
 * townships), behind the API the caller (only what their authorizations and tenants show).
 */
@Service
public class OversightFigures {

    /** The user tasks whose timeliness the county inspects. */
    static final String VISIT_TASK = DiscoveryCaseProcess.TASK_VISIT_HOUSEHOLD;
    static final String FOLLOW_UP_TASK = FollowUpProcess.TASK_FOLLOW_UP_VISIT;
    /**
     * The 督办 tasks: a leader (or the county) chasing work that is already overdue, and counted as
     * such where it is due. They are not the township's own overdue work.
     */
    static final Set<String> ESCALATION_TASKS = Set.of(
            DiscoveryCaseProcess.DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID,
            FollowUpProcess.FollowUpVisits.TASK_ESCALATE_FOLLOW_UP,
            AssistanceProcesses.DepartmentReferral.TASK_ESCALATE_REFERRAL,
            MonthlySweepProcess.VillageSweep.TASK_ESCALATE_OVERDUE_SWEEP);

    private final FiguresRepository tables;
    private final OrgUnitRepository orgUnits;
    private final HistoryService history;
    private final Clock clock;

    OversightFigures(FiguresRepository tables, OrgUnitRepository orgUnits, HistoryService history, Clock clock) {
        this.tables = tables;
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
        Map<String, Map<String, Long>> channels = tables.reportsByChannel(townshipCodes, period);
        Map<String, long[]> visits = tables.visits(townshipCodes, period);
        Map<String, long[]> sweeps = tables.sweeps(townshipCodes, period);
        Map<String, long[]> spotChecks = tables.spotChecks(townshipCodes, period);
        Map<String, double[]> assistance = daysToAssistance(townshipCodes, period);
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
     * still open ({@link #ownOverdueWork}).
     */
    private long overdue(String tenant, OversightPeriod period, OffsetDateTime now) {
        OffsetDateTime until = period.to().isBefore(now) ? period.to() : now;
        if (!until.isAfter(period.from())) {
            return 0;
        }
        return history.createHistoricTaskInstanceQuery().tenantIdIn(tenant)
                .taskDueAfter(Date.from(period.from().toInstant().minusMillis(1))).taskDueBefore(Date.from(until.toInstant()))
                .list().stream().filter(OversightFigures::ownOverdueWork).count();
    }

    /**
     * Whether a task that fell due is the township's own overdue work: still open, or completed
     * after its due date; never a 督办 ({@link #ESCALATION_TASKS}), never a task that ended without
     * being completed (a 督办 cancelled because the work it chased was done, a task whose case took
     * another path).
     */
    static boolean ownOverdueWork(HistoricTaskInstance task) {
        if (ESCALATION_TASKS.contains(task.getTaskDefinitionKey())) {
            return false;
        }
        return task.getEndTime() == null
                || ("completed".equals(task.getDeleteReason()) && task.getEndTime().after(task.getDueDate()));
    }

    /** Per township: [cases first assisted in the period, sum of days from registration]. */
    private Map<String, double[]> daysToAssistance(List<String> townshipCodes, OversightPeriod period) {
        Map<String, double[]> result = new LinkedHashMap<>();
        for (FiguresRepository.FirstAssistance aid : tables.firstAssisted(townshipCodes, period)) {
            double days = Duration.between(aid.openedAt(), aid.firstAssistedAt()).toMinutes() / 1440.0;
            double[] sum = result.computeIfAbsent(aid.townshipCode(), k -> new double[2]);
            sum[0]++;
            sum[1] += Math.max(0, days);
        }
        return result;
    }
}
