package cn.qingyang.assistance.oversight.dashboard;

import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.OversightPlan;
import cn.qingyang.assistance.oversight.TownshipFigures;

import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The Cockpit dashboard "主动发现工作看板": per township, reports by channel per month, open cases
 * by stage, overdue tasks, average days to assistance and spot-check findings. Our tables are read
 * within the caller's scope; the engine's tasks are queried under the caller's own authentication,
 * so its authorizations and tenants decide what is counted.
 */
@Service
public class DashboardService {

    static final List<String> CASE_PROCESSES = List.of(DiscoveryCaseProcess.PROCESS_KEY,
            AssistanceProcesses.DIBAO_KEY, AssistanceProcesses.TEMPORARY_KEY,
            AssistanceProcesses.CARE_KEY, AssistanceProcesses.REFERRAL_KEY);

    public record Township(String code, String name, Map<String, Map<String, Long>> reportsByMonth, long openCases,
                           Map<String, Long> openTasksByStage, long overdueTasks, Double averageDaysToAssistance,
                           long assistedCases, long spotChecked, long spotCheckFindings) {
    }

    public record Label(String code, String label) {
    }

    public record Dashboard(String generatedAt, List<String> months, List<Label> channels, boolean countyWide,
                            List<Township> townships) {
    }

    private final DashboardRepository repository;
    private final TaskService tasks;
    private final OversightPlan plan;
    private final OversightFigures figures;
    private final Clock clock;

    DashboardService(DashboardRepository repository, TaskService tasks, OversightPlan plan, OversightFigures figures,
                     Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.plan = plan;
        this.figures = figures;
        this.clock = clock;
    }

    public Dashboard dashboard(CallerScope caller, int monthCount) {
        List<String> codes = caller.countyWide() ? plan.townships()
                : plan.townships().stream().filter(caller::actsForTownship).toList();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(monthCount - 1L);
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        OversightPeriod window = new OversightPeriod(first + "~" + last, first.atDay(1),
                last.plusMonths(1).atDay(1), clock.getZone());
        List<Township> result = new ArrayList<>();
        if (!codes.isEmpty()) {
            Map<String, Map<String, Map<String, Long>>> reports = reportsByMonth(codes, window);
            Map<String, Long> open = repository.openCases(codes);
            Date now = Date.from(OffsetDateTime.now(clock).toInstant());
            for (TownshipFigures f : figures.townships(codes, window)) {
                String tenant = OrganisationGroups.tenant(f.townshipCode());
                Map<String, Long> stages = new TreeMap<>();
                for (Task task : tasks.createTaskQuery().tenantIdIn(tenant)
                        .processDefinitionKeyIn(CASE_PROCESSES.toArray(String[]::new)).list()) {
                    stages.merge(task.getName(), 1L, Long::sum);
                }
                long overdue = tasks.createTaskQuery().tenantIdIn(tenant).dueBefore(now).count();
                result.add(new Township(f.townshipCode(), f.township(),
                        reports.getOrDefault(f.townshipCode(), Map.of()), open.getOrDefault(f.townshipCode(), 0L),
                        stages, overdue, f.averageDaysToAssistance(), f.assistedCases(), f.spotChecked(),
                        f.spotCheckFindings()));
            }
        }
        return new Dashboard(OffsetDateTime.now(clock).withNano(0).toString(), months,
                Arrays.stream(Channel.values()).map(c -> new Label(c.code(), c.label())).toList(), caller.countyWide(),
                result);
    }

    /** township -> month -> channel -> reports. */
    private Map<String, Map<String, Map<String, Long>>> reportsByMonth(List<String> codes, OversightPeriod window) {
        Map<String, Map<String, Map<String, Long>>> result = new HashMap<>();
        for (DashboardRepository.ReceivedReport report : repository.reports(codes, window.from(), window.to())) {
            String month = YearMonth.from(report.receivedAt().atZoneSameInstant(clock.getZone())).toString();
            result.computeIfAbsent(report.townshipCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(month, k -> new TreeMap<>()).merge(report.channel(), 1L, Long::sum);
        }
        return result;
    }
}
