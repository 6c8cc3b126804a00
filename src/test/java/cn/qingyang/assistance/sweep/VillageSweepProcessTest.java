package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.VillageSweep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** VillageSweep (village-sweep.bpmn) alone: the monthly sweep of one village, reminded on the 22nd, overdue after the 25th. */
class VillageSweepProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String MONTH = "2026-12";
    private static final String TOWNSHIP = "341723200";
    private static final String VILLAGE = "341723200201";
    private static final Date REMINDER = new Date(1_797_900_000_000L);
    private static final Date DEADLINE = new Date(1_798_200_000_000L);

    private Recorded sweepRecorder;
    private Recorded sweepCompletionGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "village-sweep.bpmn");
        FastProcess.workingDays();
        SweepPlan plan = FastProcess.bean("sweepPlan", SweepPlan.class);
        when(plan.dayOfMonth(MONTH, 22, 9)).thenReturn(REMINDER);
        when(plan.endOfDay(MONTH, 25)).thenReturn(DEADLINE);
        sweepRecorder = FastProcess.delegate("sweepRecorder");
        sweepCompletionGuard = FastProcess.listener("sweepCompletionGuard");
    }

    @Test
    void villageSweptByThe25thIsRecordedDone() {
        ProcessInstance pi = start();

        assertThat(sweepRecorder.onlyAt(TASK_OPEN_VILLAGE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "OPEN");
        assertThat(task(TASK_SWEEP_VILLAGE, pi)).hasCandidateGroup("village-" + VILLAGE).hasDueDate(DEADLINE);
        complete(task(TASK_SWEEP_VILLAGE, pi), withVariables(HOUSEHOLDS_VISITED, 120L, PEOPLE_REPORTED, 2L));

        assertThat(sweepCompletionGuard.at(TASK_SWEEP_VILLAGE)).hasSize(1);
        assertThat(sweepRecorder.onlyAt(TASK_RECORD_VILLAGE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "DONE");
        assertThat(pi).isEnded().hasPassed(END_EVENT_VILLAGE_SWEPT).hasNotPassed(TASK_ESCALATE_OVERDUE_SWEEP);
    }

    @Test
    void reminderOnThe22ndLeavesTheSweepOpen() {
        ProcessInstance pi = start();

        assertThat(job(BOUNDARY_EVENT_SWEEP_REMINDER, pi).getDuedate()).isEqualTo(REMINDER);
        execute(job(BOUNDARY_EVENT_SWEEP_REMINDER, pi));

        assertThat(sweepRecorder.onlyAt(TASK_REMIND_VILLAGE).local()).containsEntry(SweepRecorder.ACTION, "REMINDED");
        assertThat(pi).hasPassed(END_EVENT_REMINDED).isWaitingAtExactly(TASK_SWEEP_VILLAGE);
    }

    @Test
    void sweepNotDoneByThe25thIsEscalatedAndRecordedOverdue() {
        ProcessInstance pi = start();

        assertThat(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi).getDuedate()).isEqualTo(DEADLINE);
        execute(job(BOUNDARY_EVENT_SWEEP_OVERDUE, pi));

        assertThat(pi).isWaitingAtExactly(TASK_ESCALATE_OVERDUE_SWEEP);
        assertThat(task(TASK_ESCALATE_OVERDUE_SWEEP, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");
        complete(task(TASK_ESCALATE_OVERDUE_SWEEP, pi), withVariables(OVERDUE_REASON, "村干部外出学习"));

        assertThat(sweepRecorder.onlyAt(TASK_RECORD_OVERDUE_SWEEP).local()).containsEntry(SweepRecorder.ACTION, "OVERDUE");
        assertThat(pi).isEnded().hasPassed(END_EVENT_VILLAGE_OVERDUE).hasNotPassed(TASK_RECORD_VILLAGE_SWEEP);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("VillageSweep", MONTH + "-" + VILLAGE,
                FastProcess.vars(SWEEP_MONTH, MONTH, TOWNSHIP_CODE, TOWNSHIP, VILLAGE_CODE, VILLAGE));
    }
}
