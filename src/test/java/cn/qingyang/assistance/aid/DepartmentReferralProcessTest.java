package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DepartmentReferral.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.outside.OutsideProperties;
import cn.qingyang.assistance.outside.OutsideSystems;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DepartmentReferral (department-referral.bpmn) alone: sent, notified, answered by the deadline or
 * escalated; the department's answer ends the referral whatever the county's escalation is doing.
 */
class DepartmentReferralProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String DEPARTMENT_GROUP = "county-health";
    private static final Date REFERRED = new Date(1_780_000_000_000L);

    private WorkingDayCalendar workingDays;
    private Recorded referralRecorder;
    private Recorded referralNoticeSender;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "department-referral.bpmn");
        workingDays = FastProcess.workingDays();
        FastProcess.real("outsideSystems", new OutsideSystems(new OutsideProperties("R3/PT5M")));
        referralRecorder = FastProcess.delegate("referralRecorder", execution -> {
            if (execution.getVariable(REFERRAL_RESULT) == null) {
                execution.setVariable(REFERRED_AT, REFERRED);
            }
        });
        referralNoticeSender = FastProcess.delegate("referralNoticeSender");
    }

    @Test
    void departmentAnswersAndTheAnswerIsRecorded() {
        ProcessInstance pi = start();

        assertThat(referralRecorder.activities()).containsExactly(TASK_SEND_REFERRAL);
        execute(job(TASK_NOTIFY_DEPARTMENT, pi));
        AsyncSteps.settle(pi);
        assertThat(referralNoticeSender.onlyAt(TASK_NOTIFY_DEPARTMENT).variables()).containsEntry(DEPARTMENT, DEPARTMENT_GROUP);
        assertThat(task(TASK_ANSWER_REFERRAL, pi)).hasCandidateGroup(DEPARTMENT_GROUP)
                .hasDueDate(FastProcess.plusDays(REFERRED, 15));
        // one deadline, one place: computed once for the task's due date and the timer
        verify(workingDays, times(1)).dueAfter(REFERRED, 15);
        assertThat(runtimeService().getVariable(task(TASK_ANSWER_REFERRAL, pi).getExecutionId(), ANSWER_DUE_AT))
                .isEqualTo(FastProcess.plusDays(REFERRED, 15));

        complete(task(TASK_ANSWER_REFERRAL, pi), withVariables(REFERRAL_RESULT, "ACCEPTED", REFERRAL_ANSWER, "已纳入医疗救助"));
        assertThat(pi).isNotEnded();
        AsyncSteps.settle(pi);

        assertThat(referralRecorder.onlyAt(TASK_RECORD_REFERRAL_ANSWER).variables()).containsEntry(REFERRAL_RESULT, "ACCEPTED");
        assertThat(pi).isEnded().hasPassed(END_EVENT_DEPARTMENT_ANSWERED, END_EVENT_REFERRAL_ANSWERED)
                .hasNotPassed(TASK_ESCALATE_REFERRAL);
    }

    @Test
    void unansweredReferralIsEscalatedToTheCountyWhileTheDepartmentMayStillAnswer() {
        ProcessInstance pi = start();
        execute(job(TASK_NOTIFY_DEPARTMENT, pi));
        AsyncSteps.settle(pi);

        assertThat(job(BOUNDARY_EVENT_REFERRAL_OVERDUE, pi).getDuedate()).isEqualTo(FastProcess.plusDays(REFERRED, 15));
        execute(job(BOUNDARY_EVENT_REFERRAL_OVERDUE, pi));

        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_ANSWER_REFERRAL, TASK_ANSWER_REFERRAL, TASK_ESCALATE_REFERRAL);
        assertThat(task(TASK_ESCALATE_REFERRAL, pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(TASK_ESCALATE_REFERRAL, pi), withVariables(REFERRAL_ESCALATION_NOTE, "已电话督促"));
        AsyncSteps.settle(pi);
        assertThat(pi).hasPassed(END_EVENT_REFERRAL_ESCALATED).isWaitingAtExactly(SUB_PROCESS_ANSWER_REFERRAL, TASK_ANSWER_REFERRAL);
    }

    @Test
    void departmentsAnswerEndsTheReferralAndCancelsTheOpenEscalation() {
        ProcessInstance pi = start();
        execute(job(TASK_NOTIFY_DEPARTMENT, pi));
        AsyncSteps.settle(pi);
        execute(job(BOUNDARY_EVENT_REFERRAL_OVERDUE, pi));
        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_ANSWER_REFERRAL, TASK_ANSWER_REFERRAL, TASK_ESCALATE_REFERRAL);

        complete(task(TASK_ANSWER_REFERRAL, pi), withVariables(REFERRAL_RESULT, "DECLINED", REFERRAL_ANSWER, "已享受住房保障"));
        AsyncSteps.settle(pi);

        assertThat(pi).isEnded().hasPassed(END_EVENT_DEPARTMENT_ANSWERED, END_EVENT_REFERRAL_ANSWERED)
                .hasNotPassed(END_EVENT_REFERRAL_ESCALATED);
        assertThat(referralRecorder.onlyAt(TASK_RECORD_REFERRAL_ANSWER).variables()).containsEntry(REFERRAL_RESULT, "DECLINED");
        HistoricActivityInstance escalation = historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(TASK_ESCALATE_REFERRAL).singleResult();
        assertThat(escalation.isCanceled()).as("督办转介 cancelled by the department's answer").isTrue();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_ESCALATE_REFERRAL).singleResult().getDeleteReason()).isNotEqualTo("completed");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(REFERRAL_KEY, "QY-2026-0042",
                FastProcess.vars(CASE_ID, 42L, TOWNSHIP_CODE, "341723200", DEPARTMENT, DEPARTMENT_GROUP));
    }
}
