package cn.qingyang.assistance.oversight;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.VillageSweep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.organisation.TownshipTenants;
import cn.qingyang.assistance.sweep.SweepPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assessment's "overdue tasks" count only the township's own overdue work: the village's
 * sweep done late or still open counts; the leader's 督办 chasing it does not, open or ended with
 * the sweep. Real task history of a VillageSweep on the fast engine (its paths are covered, with the
 * floor, by VillageSweepProcessTest; none asserted here).
 */
class OwnOverdueWorkTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineCoverageExtension.builder(FastProcess.CONFIGURATION)
            .reportDirectory(FastProcess.COVERAGE_REPORTS).build();

    private static final String MONTH = "2026-11";
    private static final Date PAST_DUE = Date.from(Instant.now().minus(Duration.ofDays(3)));
    private static final Date FAR_OFF = Date.from(Instant.now().plus(Duration.ofDays(400)));

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "village-sweep.bpmn");
        WorkingDayCalendar workingDays = FastProcess.workingDays();
        doReturn(PAST_DUE).when(workingDays).dueAfter(any(), anyInt());
        SweepPlan plan = FastProcess.bean("sweepPlan", SweepPlan.class);
        when(plan.endOfDay(MONTH, 25)).thenReturn(PAST_DUE);
        when(plan.dayOfMonth(MONTH, 22, 9)).thenReturn(FAR_OFF);
        when(plan.endOfMonth(MONTH)).thenReturn(FAR_OFF);
        FastProcess.delegate("sweepRecorder");
        FastProcess.listener("sweepCompletionGuard");
    }

    @Test
    void aSweepDoneLateCountsButNotTheEscalationItEnded() {
        ProcessInstance pi = overdueSweep();

        AsyncSteps.completeAndSettle(task(TASK_SWEEP_VILLAGE, pi), withVariables(HOUSEHOLDS_VISITED, 80L, PEOPLE_REPORTED, 0L), pi);

        assertThat(OversightFigures.ownOverdueWork(history(pi, TASK_SWEEP_VILLAGE))).as("the sweep, done late").isTrue();
        HistoricTaskInstance escalation = history(pi, TASK_ESCALATE_OVERDUE_SWEEP);
        assertThat(escalation.getEndTime()).as("the 督办 ended with the sweep").isNotNull();
        assertThat(OversightFigures.ownOverdueWork(escalation)).as("the 督办 it cancelled").isFalse();
    }

    @Test
    void anOpenEscalationPastItsDueDateIsNotTheTownshipsOwnOverdueWork() {
        ProcessInstance pi = overdueSweep();

        assertThat(OversightFigures.ownOverdueWork(history(pi, TASK_SWEEP_VILLAGE))).as("the sweep, still open").isTrue();
        HistoricTaskInstance escalation = history(pi, TASK_ESCALATE_OVERDUE_SWEEP);
        assertThat(escalation.getEndTime()).isNull();
        assertThat(escalation.getDueDate()).isBefore(new Date());
        assertThat(OversightFigures.ownOverdueWork(escalation)).as("the open 督办, itself past due").isFalse();
    }

    @Test
    void anEscalationCompletedLateIsNotTheTownshipsOwnOverdueWork() {
        ProcessInstance pi = overdueSweep();

        AsyncSteps.completeAndSettle(task(TASK_ESCALATE_OVERDUE_SWEEP, pi),
                withVariables(OVERDUE_REASON, "采集员生病", OVERDUE_ACTION, "安排网格员补做"), pi);

        HistoricTaskInstance escalation = history(pi, TASK_ESCALATE_OVERDUE_SWEEP);
        assertThat(escalation.getDeleteReason()).isEqualTo("completed");
        assertThat(escalation.getEndTime()).isAfter(escalation.getDueDate());
        assertThat(OversightFigures.ownOverdueWork(escalation)).isFalse();
    }

    private static ProcessInstance overdueSweep() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("VillageSweep", MONTH + "-341723200201",
                FastProcess.vars(SWEEP_MONTH, MONTH, TownshipTenants.TOWNSHIP_CODE, "341723200", VILLAGE_CODE, "341723200201"));
        execute(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi));
        return pi;
    }

    private static HistoricTaskInstance history(ProcessInstance pi, String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }
}
