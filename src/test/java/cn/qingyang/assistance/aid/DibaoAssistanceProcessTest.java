package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DibaoAssistance.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.PERSON_SEEN;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.discovery.CaseEventRecorder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DibaoAssistance (dibao-assistance.bpmn) alone: township review, 7-day publicity, county confirmation. */
class DibaoAssistanceProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";

    private WorkingDayCalendar workingDays;
    private Recorded caseEventRecorder;
    private Recorded homeVisitRecorder;
    private Recorded decisionRecorder;
    private Recorded reviewGuard;
    private Recorded confirmationGuard;
    private Recorded visitGuard;
    private org.camunda.bpm.engine.delegate.TaskListener householdMembersLoader;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "dibao-assistance.bpmn");
        workingDays = FastProcess.workingDays();
        caseEventRecorder = FastProcess.delegate("caseEventRecorder");
        homeVisitRecorder = FastProcess.delegate("homeVisitRecorder");
        decisionRecorder = FastProcess.delegate("assistanceDecisionRecorder");
        reviewGuard = FastProcess.listener("dibaoReviewGuard");
        confirmationGuard = FastProcess.listener("dibaoConfirmationGuard");
        visitGuard = FastProcess.listener("visitCompletionGuard");
        householdMembersLoader = FastProcess.bean("householdMembersLoader", org.camunda.bpm.engine.delegate.TaskListener.class);
    }

    @Test
    void recommendedDibaoIsPublicisedForSevenDaysAndApprovedByTheCounty() {
        ProcessInstance pi = start();
        assertThat(task(TASK_REVIEW_DIBAO, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        verify(workingDays).dueAfter(any(), eq(10));

        complete(task(TASK_REVIEW_DIBAO, pi), withVariables(TOWNSHIP_DIBAO_DECISION, "RECOMMEND", TOWNSHIP_DIBAO_OPINION, "符合条件"));
        // the guard runs in the person's own transaction; what follows is the next job
        assertThat(reviewGuard.onlyAt(TASK_REVIEW_DIBAO).eventName()).isEqualTo("end");
        assertThat(caseEventRecorder.calls()).isEmpty();
        continueAfter(TASK_REVIEW_DIBAO, pi);
        assertThat(caseEventRecorder.onlyAt(TASK_START_PUBLICITY).local())
                .containsEntry(CaseEventRecorder.KIND, "DIBAO_PUBLICITY")
                .containsEntry(CaseEventRecorder.DETAIL, "低保拟纳入公示；个人纳入；乡镇审核意见：符合条件");
        assertThat(pi).isWaitingAtExactly(GATEWAY_PUBLICITY);
        assertThat(job(INTERMEDIATE_EVENT_PUBLICITY_ENDED, pi).getDuedate())
                .isAfter(new java.util.Date(System.currentTimeMillis() + 6 * 86_400_000L));

        execute(job(INTERMEDIATE_EVENT_PUBLICITY_ENDED, pi));
        assertThat(task(TASK_CONFIRM_DIBAO, pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(TASK_CONFIRM_DIBAO, pi), withVariables(COUNTY_DIBAO_DECISION, "APPROVED",
                DIBAO_MONTHLY_AMOUNT, 650.0, COUNTY_DIBAO_OPINION, "同意"));
        assertThat(confirmationGuard.at(TASK_CONFIRM_DIBAO)).hasSize(1);
        continueAfter(TASK_CONFIRM_DIBAO, pi);
        execute(job(TASK_RECORD_DIBAO_DECISION, pi));

        assertThat(decisionRecorder.onlyAt(TASK_RECORD_DIBAO_DECISION).local())
                .containsEntry("decisionKind", "DIBAO").containsEntry("decisionOutcome", "APPROVED")
                .containsEntry("decisionAmount", 650.0).containsEntry("decisionDetail", "纳入低保，次月起发放；县局意见：同意");
        assertThat(pi).isEnded().hasPassed(END_EVENT_DIBAO_APPROVED).variables().containsEntry(DIBAO_OUTCOME, "APPROVED");
    }

    @Test
    void objectionDuringPublicityIsVerifiedAndReviewedAgain() {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_DIBAO, pi), withVariables(TOWNSHIP_DIBAO_DECISION, "RECOMMEND", TOWNSHIP_DIBAO_OPINION, "符合条件"));
        continueAfter(TASK_REVIEW_DIBAO, pi);

        runtimeService().createMessageCorrelation(MSG_PUBLICITY_OBJECTION).processInstanceId(pi.getId())
                .setVariable(OBJECTION_TEXT, "其子有稳定收入").correlate();

        assertThat(caseEventRecorder.onlyAt(TASK_RECORD_OBJECTION).local())
                .containsEntry(CaseEventRecorder.KIND, "DIBAO_OBJECTION").containsEntry(CaseEventRecorder.DETAIL, "其子有稳定收入");
        assertThat(pi).isWaitingAtExactly(TASK_VERIFY_OBJECTION);
        assertThat(task(TASK_VERIFY_OBJECTION, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        // the re-visit's form lists the household's members as the file holds them now
        verify(householdMembersLoader).notify(any());
        // the timer of the publicity is gone with the other branch of the event gateway
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();

        complete(task(TASK_VERIFY_OBJECTION, pi), withVariables(PERSON_SEEN, "YES"));
        assertThat(visitGuard.at(TASK_VERIFY_OBJECTION)).hasSize(1);
        continueAfter(TASK_VERIFY_OBJECTION, pi);
        assertThat(homeVisitRecorder.at(TASK_RECORD_OBJECTION_VISIT)).hasSize(1);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_DIBAO);
    }

    @Test
    void townshipRejectionIsNotifiedAndRecordedAsRefused() {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_DIBAO, pi), withVariables(TOWNSHIP_DIBAO_DECISION, "REJECT", TOWNSHIP_DIBAO_OPINION, "收入超标"));
        continueAfter(TASK_REVIEW_DIBAO, pi);

        assertThat(pi).hasNotPassed(TASK_START_PUBLICITY).isWaitingAtExactly(TASK_NOTIFY_DIBAO_REFUSAL);
        verify(workingDays).dueAfterCalendarDays(any(), eq(3));
        complete(task(TASK_NOTIFY_DIBAO_REFUSAL, pi), withVariables(NOTIFY_METHOD, "当面告知", REFUSAL_REASONS, "收入超标"));
        continueAfter(TASK_NOTIFY_DIBAO_REFUSAL, pi);

        assertThat(decisionRecorder.onlyAt(TASK_RECORD_DIBAO_REFUSAL).local())
                .containsEntry("decisionOutcome", "REFUSED").containsEntry("decisionDetail", "告知方式：当面告知；理由：收入超标");
        assertThat(pi).isEnded().hasPassed(END_EVENT_DIBAO_REFUSED).variables().containsEntry(DIBAO_OUTCOME, "REFUSED");
    }

    @Test
    void countyRejectionAfterPublicityIsRefusedToo() {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_DIBAO, pi), withVariables(TOWNSHIP_DIBAO_DECISION, "RECOMMEND", TOWNSHIP_DIBAO_OPINION, "符合条件",
                WHOLE_HOUSEHOLD, true));
        continueAfter(TASK_REVIEW_DIBAO, pi);
        assertThat(caseEventRecorder.onlyAt(TASK_START_PUBLICITY).local().get(CaseEventRecorder.DETAIL).toString()).contains("整户纳入");
        execute(job(INTERMEDIATE_EVENT_PUBLICITY_ENDED, pi));
        complete(task(TASK_CONFIRM_DIBAO, pi), withVariables(COUNTY_DIBAO_DECISION, "REJECTED", COUNTY_DIBAO_OPINION, "材料不全"));
        continueAfter(TASK_CONFIRM_DIBAO, pi);

        assertThat(pi).hasNotPassed(TASK_RECORD_DIBAO_DECISION).isWaitingAtExactly(TASK_NOTIFY_DIBAO_REFUSAL);
        complete(task(TASK_NOTIFY_DIBAO_REFUSAL, pi), withVariables(NOTIFY_METHOD, "书面", REFUSAL_REASONS, "材料不全"));
        continueAfter(TASK_NOTIFY_DIBAO_REFUSAL, pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_DIBAO_REFUSED);
    }

    @Test
    void aCountyAnswerTheDiagramDoesNotKnowIsNotApproved() {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_DIBAO, pi), withVariables(TOWNSHIP_DIBAO_DECISION, "RECOMMEND", TOWNSHIP_DIBAO_OPINION, "符合条件"));
        continueAfter(TASK_REVIEW_DIBAO, pi);
        execute(job(INTERMEDIATE_EVENT_PUBLICITY_ENDED, pi));
        complete(task(TASK_CONFIRM_DIBAO, pi), withVariables(COUNTY_DIBAO_DECISION, "RETURNED", COUNTY_DIBAO_OPINION, "退回补正"));
        continueAfter(TASK_CONFIRM_DIBAO, pi);

        assertThat(pi).hasNotPassed(TASK_RECORD_DIBAO_DECISION).isWaitingAtExactly(TASK_NOTIFY_DIBAO_REFUSAL);
    }

    /** The job behind a completed task (its async-after boundary): what follows the person's work. */
    private static void continueAfter(String taskId, ProcessInstance pi) {
        execute(job(taskId, pi));
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DIBAO_KEY, "QY-2026-0042",
                FastProcess.vars(CASE_ID, 42L, TOWNSHIP_CODE, TOWNSHIP, WHOLE_HOUSEHOLD, false));
    }
}
