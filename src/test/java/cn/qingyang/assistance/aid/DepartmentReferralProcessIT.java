package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses.DepartmentReferral;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.traceability.Proves;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DepartmentReferral (转介): the department is notified by an async job and answers by its
 * deadline, or the county is asked to press it; the department's answer ends the referral, an
 * open 督办 with it. The answered path is also driven by {@code DibaoAssistanceProcessIT}.
 */
@IntegrationTest
@ProcessesUnderTest({AssistanceProcesses.REFERRAL_KEY})
class DepartmentReferralProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Proves("N7-referral")
    @Test
    void aReferralUnansweredForFifteenWorkingDaysIsEscalatedToTheCounty() {
        ProcessInstance pi = cases.routedCase(HOUSING_NEED, true);
        ProcessInstance referral = cases.called(pi, AssistanceProcesses.REFERRAL_KEY);
        notifyDepartment(referral);
        assertThat(task(referral)).hasCandidateGroup("dept-housing");
        // the notice names the deadline the task and its timer keep, computed once
        String due = task(referral).getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"));
        Assertions.assertThat(cases.outbound(pi, "DEPARTMENT_NOTICE")).singleElement().asString()
                .contains("住房", "于 " + due + " 前答复").doesNotContain("15 个工作日");
        execute(job(DepartmentReferral.BOUNDARY_EVENT_REFERRAL_OVERDUE, referral));
        assertThat(referral).isWaitingAt(DepartmentReferral.TASK_ANSWER_REFERRAL, DepartmentReferral.TASK_ESCALATE_REFERRAL);
        completeAndContinue(referral, DepartmentReferral.TASK_ESCALATE_REFERRAL,
                Map.of(AssistanceProcesses.REFERRAL_ESCALATION_NOTE, "请住建局三日内答复"));
        completeAndContinue(referral, DepartmentReferral.TASK_ANSWER_REFERRAL, Map.of(AssistanceProcesses.REFERRAL_RESULT,
                "DECLINED",
                AssistanceProcesses.REFERRAL_ANSWER, "已享受农村危房改造，不重复救助"));
        assertThat(referral).isEnded().hasPassed(DepartmentReferral.END_EVENT_REFERRAL_ESCALATED,
                DepartmentReferral.END_EVENT_REFERRAL_ANSWERED);
        cases.finishLedger(pi);
    }

    @Proves("N7-referral")
    @Test
    void theDepartmentsAnswerEndsTheReferralAndItsOpenEscalation() {
        ProcessInstance pi = cases.routedCase(HOUSING_NEED, true);
        ProcessInstance referral = cases.called(pi, AssistanceProcesses.REFERRAL_KEY);
        notifyDepartment(referral);
        execute(job(DepartmentReferral.BOUNDARY_EVENT_REFERRAL_OVERDUE, referral));
        Task escalation = task(DepartmentReferral.TASK_ESCALATE_REFERRAL, referral);
        assertThat(escalation).isNotNull().hasCandidateGroup("county-civil-affairs");

        completeAndContinue(referral, DepartmentReferral.TASK_ANSWER_REFERRAL, Map.of(AssistanceProcesses.REFERRAL_RESULT,
                "ACCEPTED", AssistanceProcesses.REFERRAL_ANSWER, "已纳入农村危房改造计划"));

        assertThat(referral).isEnded().hasPassed(DepartmentReferral.END_EVENT_DEPARTMENT_ANSWERED,
                DepartmentReferral.END_EVENT_REFERRAL_ANSWERED).hasNotPassed(DepartmentReferral.END_EVENT_REFERRAL_ESCALATED);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).count())
                .as("督办转介 is gone from the county's task list").isZero();
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(referral.getId()).activityId(DepartmentReferral.TASK_ESCALATE_REFERRAL).singleResult()
                .isCanceled()).isTrue();
        Assertions.assertThat(jdbc.sql("SELECT status FROM referral WHERE case_id = :case AND department = 'dept-housing'")
                .param("case", cases.caseId(pi)).query(String.class).single()).isEqualTo("ACCEPTED");
        cases.finishLedger(pi);
    }

    /** The notice goes out in a job of its own (async before) and the referral moves on in the next (async after). */
    private static void notifyDepartment(ProcessInstance referral) {
        execute(job(DepartmentReferral.TASK_NOTIFY_DEPARTMENT, referral));
        execute(job(DepartmentReferral.TASK_NOTIFY_DEPARTMENT, referral));
    }

    /** Completes the task and runs the job behind it (its async-after boundary), as the job executor would. */
    private static void completeAndContinue(ProcessInstance referral, String taskKey, Map<String, Object> variables) {
        complete(task(taskKey, referral), variables);
        execute(job(taskKey, referral));
    }
}
