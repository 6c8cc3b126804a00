package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.sweep.MonthlySweepProcess.MonthlySweep;
import cn.qingyang.assistance.sweep.MonthlySweepProcess.TownshipSweep;
import cn.qingyang.assistance.sweep.MonthlySweepProcess.VillageSweep;
import cn.qingyang.assistance.traceability.Proves;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MonthlySweep (clause 1 of the notice): the timer on the 1st starts one TownshipSweep per
 * township and one VillageSweep per village; villages confirm their sweep, are reminded on the
 * 22nd, recorded overdue and escalated when the 25th passes (they may still finish, which ends
 * the 督办), closed as not done at the month's end; then the township reviews the month's roster.
 */
@IntegrationTest
@ProcessesUnderTest({PROCESS_KEY, TOWNSHIP_PROCESS_KEY, "VillageSweep"})
class MonthlySweepProcessIT {

    static final String QIAOMU = "341723200";
    static final List<String> QIAOMU_VILLAGES = List.of("341723200201", "341723200202", "341723200203", "341723200204", "341723200205");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance townshipSweep(String month) {
        ProcessInstance township = runtime.startProcessInstanceByKey(TOWNSHIP_PROCESS_KEY,
                Map.of("townshipCode", QIAOMU, SWEEP_MONTH, month));
        AsyncSteps.settle(township);
        return township;
    }

    private List<ProcessInstance> villageSweeps(ProcessInstance township) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(township.getId()).list();
    }

    private ProcessInstance villageSweep(ProcessInstance township, String villageCode) {
        return villageSweeps(township).stream()
                .filter(v -> villageCode.equals(runtime.getVariable(v.getId(), VILLAGE_CODE))).findFirst().orElseThrow();
    }

    private static Map<String, Object> swept(int households, int people) {
        return Map.of(HOUSEHOLDS_VISITED, (long) households, PEOPLE_REPORTED, (long) people, SWEEP_NOTE, "重点户均已入户");
    }

    private String status(String month, String village) {
        return jdbc.sql("SELECT status FROM sweep_village WHERE sweep_month = :m AND village_code = :v")
                .param("m", month).param("v", village).query(String.class).single();
    }

    @Proves("N1")
    @Test
    void onTheFirstOfTheMonthEveryVillageSweepsAndEveryTownshipReviewsItsRoster() {
        var timer = management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().singleResult();
        Assertions.assertThat(timer).as("the monthly timer is scheduled").isNotNull();
        management.executeJob(timer.getId());

        ProcessInstance month = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        AsyncSteps.settle(month);
        assertThat(month).isWaitingAt(MonthlySweep.CALL_ACTIVITY_TOWNSHIP_SWEEPS);
        List<ProcessInstance> townships = runtime.createProcessInstanceQuery().superProcessInstanceId(month.getId()).list();
        Assertions.assertThat(townships).hasSize(14).allSatisfy(t -> Assertions.assertThat(t.getTenantId()).isNotNull());

        for (ProcessInstance township : townships) {
            for (ProcessInstance village : villageSweeps(township)) {
                assertThat(village).isWaitingAt(VillageSweep.TASK_SWEEP_VILLAGE);
                AsyncSteps.completeAndSettle(task(village), swept(120, 2), village);
                assertThat(village).isEnded().hasPassed(VillageSweep.END_EVENT_VILLAGE_SWEPT);
            }
            assertThat(township).isWaitingAt(TownshipSweep.TASK_REVIEW_ROSTER);
            AsyncSteps.completeAndSettle(task(township), Map.of(ROSTER_REVIEW, "APPROVED", ROSTER_NOTE, "已逐一安排入户调查"), township);
            assertThat(township).isEnded();
        }
        assertThat(month).isEnded().hasPassed(MonthlySweep.END_EVENT_MONTH_SWEPT);
        String sweepMonth = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(month.getId()).variableName(SWEEP_MONTH).singleResult().getValue();
        Assertions.assertThat(status(sweepMonth, "341723200201")).isEqualTo("DONE");
        Assertions.assertThat(management.createJobQuery().processDefinitionKey(PROCESS_KEY).timers().count())
                .as("next month is scheduled").isOne();
    }

    @Proves("N1")
    @Test
    void villageTasksAreForTheVillageAndDueOnThe25th() {
        ProcessInstance township = townshipSweep("2030-03");
        Assertions.assertThat(township.getTenantId()).isEqualTo(QIAOMU);
        Assertions.assertThat(villageSweeps(township)).hasSize(5);
        ProcessInstance lingtang = villageSweep(township, "341723200201");
        assertThat(task(lingtang)).hasCandidateGroup("village-341723200201").hasName("开展本月走访摸排");
        Assertions.assertThat(task(lingtang).getDueDate()).hasToString(
                new SweepPlan(null, java.time.Clock.systemDefaultZone()).endOfDay("2030-03", 25).toString());
        Assertions.assertThat(status("2030-03", "341723200201")).isEqualTo("OPEN");
    }

    @Test
    void villagesAreRemindedThreeDaysBeforeTheDeadline() {
        ProcessInstance township = townshipSweep("2030-04");
        ProcessInstance lingtang = villageSweep(township, "341723200201");
        execute(job(VillageSweep.BOUNDARY_EVENT_SWEEP_REMINDER, lingtang));
        assertThat(lingtang).hasPassed(VillageSweep.TASK_REMIND_VILLAGE, VillageSweep.END_EVENT_REMINDED).isWaitingAt(VillageSweep.TASK_SWEEP_VILLAGE);
        Assertions.assertThat(task(lingtang).getPriority()).isEqualTo(SweepRecorder.REMINDED_PRIORITY);
        Assertions.assertThat(jdbc.sql("SELECT reminded_at FROM sweep_village WHERE sweep_month = '2030-04' "
                + "AND village_code = '341723200201'").query(Object.class).single()).isNotNull();
    }

    @Proves("N1")
    @Test
    void anOverdueVillageIsEscalatedToTheLeaderAndTheRosterReviewStillComes() {
        ProcessInstance township = townshipSweep("2030-05");
        for (String village : QIAOMU_VILLAGES.subList(1, 5)) {
            AsyncSteps.completeAndSettle(task(villageSweep(township, village)), swept(80, 0), township);
        }
        ProcessInstance lingtang = villageSweep(township, "341723200201");
        execute(job(VillageSweep.BOUNDARY_EVENT_SWEEP_OVERDUE, lingtang));
        assertThat(lingtang).isWaitingAt(VillageSweep.TASK_ESCALATE_OVERDUE_SWEEP);
        Assertions.assertThat(status("2030-05", "341723200201")).isEqualTo("OVERDUE");
        Task escalation = tasks.createTaskQuery().processInstanceId(lingtang.getId())
                .taskDefinitionKey(VillageSweep.TASK_ESCALATE_OVERDUE_SWEEP).singleResult();
        assertThat(escalation).hasCandidateGroup("township-341723200-leader");
        AsyncSteps.completeAndSettle(escalation, Map.of(OVERDUE_REASON, "采集员生病住院", OVERDUE_ACTION, "安排网格员 3 日内补做"), lingtang);

        assertThat(lingtang).hasPassed(VillageSweep.TASK_RECORD_OVERDUE_SWEEP, VillageSweep.END_EVENT_VILLAGE_OVERDUE)
                .isWaitingAt(VillageSweep.TASK_SWEEP_VILLAGE);
        execute(job(VillageSweep.BOUNDARY_EVENT_MONTH_ENDED, lingtang));
        AsyncSteps.settle(township);

        assertThat(lingtang).isEnded().hasPassed(VillageSweep.TASK_RECORD_SWEEP_NOT_DONE, VillageSweep.END_EVENT_VILLAGE_NOT_SWEPT);
        Assertions.assertThat(status("2030-05", "341723200201")).as("the month ended before the village swept").isEqualTo("NOT_DONE");
        assertThat(township).isWaitingAt(TownshipSweep.TASK_REVIEW_ROSTER);
        Assertions.assertThat(runtime.getVariable(township.getId(), ROSTER_URL))
                .isEqualTo("/api/sweeps/341723200/2030-05/roster.xlsx");
    }

    @Proves("N1")
    @Test
    void aLateVillageSweepEndsItsEscalationAndStillCountsAsOverdue() {
        ProcessInstance township = townshipSweep("2030-07");
        ProcessInstance lingtang = villageSweep(township, "341723200201");
        execute(job(VillageSweep.BOUNDARY_EVENT_SWEEP_OVERDUE, lingtang));
        assertThat(lingtang).isWaitingAt(VillageSweep.TASK_SWEEP_VILLAGE, VillageSweep.TASK_ESCALATE_OVERDUE_SWEEP);

        Task sweep = tasks.createTaskQuery().processInstanceId(lingtang.getId())
                .taskDefinitionKey(VillageSweep.TASK_SWEEP_VILLAGE).singleResult();
        AsyncSteps.completeAndSettle(sweep, swept(95, 1), township);

        assertThat(lingtang).isEnded().hasPassed(VillageSweep.END_EVENT_SWEEP_SUBMITTED, VillageSweep.END_EVENT_VILLAGE_SWEPT)
                .hasNotPassed(VillageSweep.END_EVENT_VILLAGE_OVERDUE);
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(lingtang.getId()).count())
                .as("the 督办 ended with the sweep it chased").isZero();
        Assertions.assertThat(status("2030-07", "341723200201")).isEqualTo("DONE_LATE");
    }

    @Test
    void twoVillagesCompletingTheirSweepAtTheSameMomentBothComplete() throws Exception {
        ProcessInstance township = townshipSweep("2030-08");
        for (String village : QIAOMU_VILLAGES.subList(2, 5)) {
            AsyncSteps.completeAndSettle(task(villageSweep(township, village)), swept(60, 0), township);
        }
        List<Task> lastTwo = QIAOMU_VILLAGES.subList(0, 2).stream().map(v -> task(villageSweep(township, v))).toList();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService villages = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> completions = new ArrayList<>();
            for (Task sweep : lastTwo) {
                completions.add(villages.submit(() -> {
                    together.await();
                    tasks.complete(sweep.getId(), swept(70, 1));
                    return null;
                }));
            }
            for (Future<?> completion : completions) {
                completion.get(1, TimeUnit.MINUTES); // throws if either village saw an error
            }
        } finally {
            villages.shutdownNow();
        }
        Assertions.assertThat(tasks.createTaskQuery().taskIdIn(lastTwo.stream().map(Task::getId).toArray(String[]::new)).count())
                .as("both villages' work is committed").isZero();

        AsyncSteps.settle(township);
        Assertions.assertThat(status("2030-08", "341723200201")).isEqualTo("DONE");
        Assertions.assertThat(status("2030-08", "341723200202")).isEqualTo("DONE");
        assertThat(township).isWaitingAt(TownshipSweep.TASK_REVIEW_ROSTER);
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(township.getId())
                .activityId(TownshipSweep.TASK_PREPARE_ROSTER).count()).as("the roster is prepared once").isOne();
        Assertions.assertThat(management.createJobQuery().rootProcessInstanceId(township.getId()).withException().count())
                .isZero();
    }

    @Test
    void aSweepIsConfirmedOnlyWithTheNumbers() {
        ProcessInstance township = townshipSweep("2030-06");
        ProcessInstance lingtang = villageSweep(township, "341723200201");
        assertThatThrownBy(() -> complete(task(lingtang), Map.of(HOUSEHOLDS_VISITED, -3L)))
                .hasMessageContaining("请填写走访户数").hasMessageContaining("请填写上报遇困人数");
        assertThat(lingtang).isWaitingAt(VillageSweep.TASK_SWEEP_VILLAGE);
    }
}
