package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.VillageSweep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * VillageSweep (village-sweep.bpmn) alone: the monthly sweep of one village, reminded before it is
 * due, recorded overdue and chased by the township leader (督办) when the due date passes, still
 * open to the village until the month ends; its completion ends an open 督办, and the month's end
 * closes a sweep never done.
 */
class VillageSweepProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String MONTH = "2026-12";
    private static final String TOWNSHIP = "341723200";
    private static final String VILLAGE = "341723200201";
    private static final Date REMINDER = new Date(1_797_900_000_000L);
    private static final Date DEADLINE = new Date(1_798_200_000_000L);
    private static final Date MONTH_END = new Date(1_798_700_000_000L);

    private SweepPlan plan;
    private Recorded sweepRecorder;
    private Recorded sweepCompletionGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "village-sweep.bpmn");
        FastProcess.workingDays();
        plan = FastProcess.bean("sweepPlan", SweepPlan.class);
        when(plan.dayOfMonth(MONTH, 22, 9)).thenReturn(REMINDER);
        when(plan.endOfDay(MONTH, 25)).thenReturn(DEADLINE);
        when(plan.endOfMonth(MONTH)).thenReturn(MONTH_END);
        sweepRecorder = FastProcess.delegate("sweepRecorder");
        sweepCompletionGuard = FastProcess.listener("sweepCompletionGuard");
    }

    @Test
    void villageSweptByTheDueDateIsRecordedDone() {
        ProcessInstance pi = start();

        assertThat(sweepRecorder.onlyAt(TASK_OPEN_VILLAGE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "OPEN");
        assertThat(task(TASK_SWEEP_VILLAGE, pi)).hasCandidateGroup("village-" + VILLAGE).hasDueDate(DEADLINE);
        AsyncSteps.completeAndSettle(task(TASK_SWEEP_VILLAGE, pi), withVariables(HOUSEHOLDS_VISITED, 120L, PEOPLE_REPORTED, 2L), pi);

        assertThat(sweepCompletionGuard.at(TASK_SWEEP_VILLAGE)).hasSize(1);
        assertThat(sweepRecorder.onlyAt(TASK_RECORD_VILLAGE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "DONE");
        assertThat(pi).isEnded().hasPassed(END_EVENT_SWEEP_SUBMITTED, SUB_PROCESS_VILLAGE_SWEEP, END_EVENT_VILLAGE_SWEPT)
                .hasNotPassed(TASK_RECORD_OVERDUE_SWEEP, TASK_ESCALATE_OVERDUE_SWEEP);
    }

    @Test
    void theDueDateIsComputedOnceForTheTaskAndItsOverdueTimer() {
        ProcessInstance pi = start();

        assertThat(task(TASK_SWEEP_VILLAGE, pi)).hasDueDate(DEADLINE);
        assertThat(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi).getDuedate()).isEqualTo(DEADLINE);
        verify(plan, times(1)).endOfDay(MONTH, 25);
        assertThat(runtimeService().getVariable(pi.getId(), SWEEP_DUE_AT)).as("a variable of the sweep subprocess only").isNull();
    }

    @Test
    void reminderBeforeTheDueDateLeavesTheSweepOpen() {
        ProcessInstance pi = start();

        assertThat(job(BOUNDARY_EVENT_SWEEP_REMINDER, pi).getDuedate()).isEqualTo(REMINDER);
        execute(job(BOUNDARY_EVENT_SWEEP_REMINDER, pi));

        assertThat(sweepRecorder.onlyAt(TASK_REMIND_VILLAGE).local()).containsEntry(SweepRecorder.ACTION, "REMINDED");
        assertThat(pi).hasPassed(END_EVENT_REMINDED).isWaitingAtExactly(SUB_PROCESS_VILLAGE_SWEEP, TASK_SWEEP_VILLAGE);
    }

    @Test
    void sweepOverdueIsRecordedAndEscalatedWhileTheVillageMayStillFinish() {
        ProcessInstance pi = start();

        execute(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi));

        assertThat(sweepRecorder.onlyAt(TASK_RECORD_OVERDUE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "OVERDUE");
        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_VILLAGE_SWEEP, TASK_SWEEP_VILLAGE, TASK_ESCALATE_OVERDUE_SWEEP);
        assertThat(task(TASK_ESCALATE_OVERDUE_SWEEP, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");
        AsyncSteps.completeAndSettle(task(TASK_ESCALATE_OVERDUE_SWEEP, pi),
                withVariables(OVERDUE_REASON, "村干部外出学习", OVERDUE_ACTION, "返村后 3 日内补做"), pi);

        assertThat(pi).hasPassed(END_EVENT_VILLAGE_OVERDUE).isWaitingAtExactly(SUB_PROCESS_VILLAGE_SWEEP, TASK_SWEEP_VILLAGE);
        AsyncSteps.completeAndSettle(task(TASK_SWEEP_VILLAGE, pi), withVariables(HOUSEHOLDS_VISITED, 90L, PEOPLE_REPORTED, 0L), pi);

        assertThat(sweepRecorder.onlyAt(TASK_RECORD_VILLAGE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "DONE");
        assertThat(pi).isEnded().hasPassed(END_EVENT_VILLAGE_SWEPT);
    }

    @Test
    void aLateVillageSweepEndsItsOpenEscalation() {
        ProcessInstance pi = start();
        execute(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi));
        assertThat(pi).isWaitingAt(TASK_ESCALATE_OVERDUE_SWEEP);

        AsyncSteps.completeAndSettle(task(TASK_SWEEP_VILLAGE, pi), withVariables(HOUSEHOLDS_VISITED, 90L, PEOPLE_REPORTED, 1L), pi);

        assertThat(pi).isEnded().hasPassed(END_EVENT_SWEEP_SUBMITTED, TASK_RECORD_VILLAGE_SWEEP, END_EVENT_VILLAGE_SWEPT)
                .hasNotPassed(END_EVENT_VILLAGE_OVERDUE);
        HistoricTaskInstance escalation = historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_ESCALATE_OVERDUE_SWEEP).singleResult();
        assertThat(escalation.getEndTime()).as("the 督办 ended with the sweep it chased").isNotNull();
        assertThat(escalation.getDeleteReason()).isNotEqualTo("completed");
    }

    @Test
    void theMonthEndCutOffClosesAnUnfinishedSweepAsNotDone() {
        ProcessInstance pi = start();
        assertThat(job(BOUNDARY_EVENT_MONTH_ENDED, pi).getDuedate()).isEqualTo(MONTH_END);
        execute(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi));

        execute(job(BOUNDARY_EVENT_MONTH_ENDED, pi));

        assertThat(sweepRecorder.onlyAt(TASK_RECORD_SWEEP_NOT_DONE).local()).containsEntry(SweepRecorder.ACTION, "NOT_DONE");
        assertThat(pi).isEnded().hasPassed(END_EVENT_VILLAGE_NOT_SWEPT)
                .hasNotPassed(TASK_RECORD_VILLAGE_SWEEP, END_EVENT_VILLAGE_OVERDUE);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).unfinished().count())
                .as("neither the sweep nor its 督办 stays open").isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("VillageSweep", MONTH + "-" + VILLAGE,
                FastProcess.vars(SWEEP_MONTH, MONTH, TOWNSHIP_CODE, TOWNSHIP, VILLAGE_CODE, VILLAGE));
    }
}
