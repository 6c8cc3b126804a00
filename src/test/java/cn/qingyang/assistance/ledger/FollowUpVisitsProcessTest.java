package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.FOLLOW_UP_CYCLE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.VILLAGE_CODE;
import static cn.qingyang.assistance.ledger.FollowUpProcess.*;
import static cn.qingyang.assistance.ledger.FollowUpProcess.FollowUpVisits.*;
import static cn.qingyang.assistance.ledger.FollowUpProcess.FollowUpVisits.TASK_FOLLOW_UP_VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * FollowUpVisits (follow-up-visits.bpmn) alone: visits on the ledger's cycle until the hardship is
 * resolved; a visit done ends its 督办逾期回访.
 */
class FollowUpVisitsProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";
    private static final String VILLAGE = "341723200201";
    private static final Date FIRST_VISIT = new Date(1_790_000_000_000L);
    private static final Date NEXT_VISIT = new Date(1_800_000_000_000L);

    private WorkingDayCalendar workingDays;
    private Recorded followUpRecorder;
    private Recorded followUpReporter;
    private Recorded ledgerEntryCloser;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "follow-up-visits.bpmn");
        workingDays = FastProcess.workingDays();
        followUpRecorder = FastProcess.delegate("followUpRecorder", execution -> {
            execution.setVariable(FOLLOW_UP_COUNT, ((Number) execution.getVariable(FOLLOW_UP_COUNT)).intValue() + 1);
            execution.setVariable(NEXT_FOLLOW_UP_AT, NEXT_VISIT);
        });
        followUpReporter = FastProcess.delegate("followUpReporter");
        ledgerEntryCloser = FastProcess.delegate("ledgerEntryCloser");
    }

    @Test
    void resolvedHardshipClosesTheLedgerEntry() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);

        assertThat(pi).isWaitingAtExactly(INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        assertThat(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi).getDuedate()).isEqualTo(FIRST_VISIT);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));
        assertThat(task(TASK_FOLLOW_UP_VISIT, pi)).hasCandidateGroup("village-" + VILLAGE);

        complete(task(TASK_FOLLOW_UP_VISIT, pi), withVariables(FOLLOW_UP_OUTCOME, "RESOLVED", FOLLOW_UP_NOTE, "已就业"));
        assertThat(followUpRecorder.calls()).as("the visit is committed alone; the recording is the next job").isEmpty();
        AsyncSteps.settle(pi);

        assertThat(followUpRecorder.onlyAt(TASK_RECORD_FOLLOW_UP).variables()).containsEntry(FOLLOW_UP_OUTCOME, "RESOLVED");
        assertThat(ledgerEntryCloser.onlyAt(TASK_CLOSE_ENTRY).variables()).containsEntry(LEDGER_ENTRY_ID, 7L);
        assertThat(pi).isEnded().hasPassed(END_EVENT_ENTRY_CLOSED).hasNotPassed(TASK_REPORT_WORSE);
    }

    @Test
    void unchangedHardshipIsVisitedAgainOnTheNextDate() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));

        completeVisit(pi, "UNCHANGED");

        assertThat(pi).isWaitingAtExactly(INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        assertThat(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi).getDuedate()).isEqualTo(NEXT_VISIT);
        assertThat(ledgerEntryCloser.calls()).isEmpty();
    }

    @Test
    void unchangedAfterTheOnlyVisitOfTheCycleClosesTheEntry() {
        ProcessInstance pi = start("R1/P1M", null);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));
        assertThat(task(TASK_FOLLOW_UP_VISIT, pi)).hasCandidateGroup("township-" + TOWNSHIP);

        completeVisit(pi, "UNCHANGED");

        assertThat(pi).isEnded().hasPassed(END_EVENT_ENTRY_CLOSED);
        assertThat(ledgerEntryCloser.calls()).hasSize(1);
    }

    @Test
    void worseHardshipIsReportedForReassessment() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));

        complete(task(TASK_FOLLOW_UP_VISIT, pi), withVariables(FOLLOW_UP_OUTCOME, "WORSE", FOLLOW_UP_NOTE, "病情加重"));
        AsyncSteps.settle(pi);

        assertThat(followUpReporter.onlyAt(TASK_REPORT_WORSE).variables()).containsEntry(FOLLOW_UP_NOTE, "病情加重");
        assertThat(ledgerEntryCloser.calls()).isEmpty();
        assertThat(pi).isEnded().hasPassed(END_EVENT_REASSESSED);
    }

    @Test
    void overdueVisitIsEscalatedToTheLeader() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));

        // one deadline, one place: computed once per visit, read by the task's due date and the timer
        verify(workingDays, times(1)).dueAfter(any(), eq(5));
        assertThat(task(TASK_FOLLOW_UP_VISIT, pi).getDueDate()).isNotNull()
                .isEqualTo(job(BOUNDARY_EVENT_FOLLOW_UP_OVERDUE, pi).getDuedate());
        execute(job(BOUNDARY_EVENT_FOLLOW_UP_OVERDUE, pi));

        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_FOLLOW_UP_VISIT, TASK_FOLLOW_UP_VISIT, TASK_ESCALATE_FOLLOW_UP);
        assertThat(task(TASK_ESCALATE_FOLLOW_UP, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");
        complete(task(TASK_ESCALATE_FOLLOW_UP, pi), withVariables(FOLLOW_UP_ESCALATION_NOTE, "已督促"));
        AsyncSteps.settle(pi);
        assertThat(pi).hasPassed(END_EVENT_FOLLOW_UP_ESCALATED).isWaitingAtExactly(SUB_PROCESS_FOLLOW_UP_VISIT, TASK_FOLLOW_UP_VISIT);
    }

    @Test
    void finishingTheVisitEndsItsOpenEscalation() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));
        execute(job(BOUNDARY_EVENT_FOLLOW_UP_OVERDUE, pi));
        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_FOLLOW_UP_VISIT, TASK_FOLLOW_UP_VISIT, TASK_ESCALATE_FOLLOW_UP);

        completeVisit(pi, "UNCHANGED");

        assertThat(pi).isWaitingAtExactly(INTERMEDIATE_EVENT_FOLLOW_UP_DUE)
                .hasPassed(END_EVENT_VISIT_DONE).hasNotPassed(END_EVENT_FOLLOW_UP_ESCALATED);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(TASK_ESCALATE_FOLLOW_UP).singleResult().isCanceled())
                .as("督办逾期回访 cancelled when the visit is done").isTrue();
        assertThat(followUpRecorder.onlyAt(TASK_RECORD_FOLLOW_UP).variables()).containsEntry(FOLLOW_UP_OUTCOME, "UNCHANGED");
    }

    @Test
    void anOutcomeTheDiagramDoesNotKnowIsVisitedAgain() {
        ProcessInstance pi = start("R4/P3M", VILLAGE);
        execute(job(INTERMEDIATE_EVENT_FOLLOW_UP_DUE, pi));

        completeVisit(pi, "PARTLY_RESOLVED");

        assertThat(pi).isWaitingAtExactly(INTERMEDIATE_EVENT_FOLLOW_UP_DUE).hasPassed(GATEWAY_MORE_VISITS);
        assertThat(ledgerEntryCloser.calls()).isEmpty();
        assertThat(followUpReporter.calls()).isEmpty();
    }

    private void completeVisit(ProcessInstance pi, String outcome) {
        complete(task(TASK_FOLLOW_UP_VISIT, pi), withVariables(FOLLOW_UP_OUTCOME, outcome));
        AsyncSteps.settle(pi);
    }

    private ProcessInstance start(String cycle, String village) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, FastProcess.vars(LEDGER_ENTRY_ID, 7L,
                FOLLOW_UP_CYCLE, cycle, FOLLOW_UP_ONCE, LedgerService.visitsOnce(cycle), NEXT_FOLLOW_UP_AT, FIRST_VISIT,
                FOLLOW_UP_COUNT, 0,
                TOWNSHIP_CODE, TOWNSHIP, VILLAGE_CODE, village));
    }
}
