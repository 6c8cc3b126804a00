package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.ledger.FollowUpProcess.FollowUpVisits;
import cn.qingyang.assistance.traceability.Proves;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
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
 * FollowUpVisits (clause 6 and 8 of the notice): a case that closes in hardship is visited again,
 * monthly for a special hardship until resolved, once for a temporary one; a worsening opens a new
 * case; an overdue visit goes to the leader.
 */
@IntegrationTest
@ProcessesUnderTest({FollowUpProcess.PROCESS_KEY})
class FollowUpProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;

    @Autowired
    Cases cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private String entryStatus(ProcessInstance pi) {
        return jdbc.sql("SELECT status FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                .param("case", cases.caseId(pi)).query(String.class).single();
    }

    private void visitAgain(ProcessInstance followUp, String outcome) {
        assertThat(followUp).isWaitingAt(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
        execute(job(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, followUp));
        assertThat(task(followUp)).hasName("定期回访").hasCandidateGroup("village-341723200201");
        finishVisit(followUp, outcome);
    }

    /** Completes the visit and runs the job behind it (its async-after boundary), as the job executor would. */
    private static void finishVisit(ProcessInstance followUp, String outcome) {
        complete(task(FollowUpVisits.TASK_FOLLOW_UP_VISIT, followUp), Map.of(FollowUpProcess.FOLLOW_UP_DATE, "2026-12-30",
                FollowUpProcess.FOLLOW_UP_OUTCOME, outcome,
                FollowUpProcess.FOLLOW_UP_NOTE, "回访记录：" + outcome));
        execute(job(FollowUpVisits.TASK_FOLLOW_UP_VISIT, followUp));
    }

    @Proves({"N6", "N8", "T-follow-up-cadence"})
    @Test
    void aSpecialHardshipIsVisitedMonthlyUntilItIsResolved() {
        ProcessInstance pi = cases.open(false, false);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
        ProcessInstance followUp = cases.followUpOf(pi);
        Assertions.assertThat(followUp.getTenantId()).isEqualTo("341723200");

        visitAgain(followUp, "UNCHANGED");
        visitAgain(followUp, "RESOLVED");

        assertThat(followUp).isEnded().hasPassed(FollowUpVisits.TASK_CLOSE_ENTRY, FollowUpVisits.END_EVENT_ENTRY_CLOSED);
        Assertions.assertThat(entryStatus(pi)).isEqualTo("CLOSED");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_visit v JOIN ledger_entry l ON l.id = v.ledger_entry_id "
                + "WHERE l.case_id = :case").param("case", cases.caseId(pi)).query(Long.class).single()).isEqualTo(2);
    }

    @Proves("T-follow-up-cadence")
    @Test
    void aTemporaryHardshipIsFollowedUpOnce() {
        ProcessInstance pi = cases.routedCase(HEALTH_STATUS, "HEALTHY", LABOUR_CAPACITY, "FULL", HARDSHIP_DEGREE,
                "MODERATE", CAUSE_1, "02");
        cases.finishAfterJoin(pi);
        Assertions.assertThat(runtime.getVariable(cases.followUpOf(pi).getId(), FOLLOW_UP_CYCLE)).isEqualTo("R1/P1M");
        Assertions.assertThat(runtime.getVariable(cases.followUpOf(pi).getId(), FollowUpProcess.FOLLOW_UP_ONCE)).isEqualTo(true);
        Assertions.assertThat(cn.qingyang.assistance.intake.CaseSummaries.of(runtime, cases.followUpOf(pi).getId(), "personName"))
                .as("the follow-up's forms read the case summary").isEqualTo("王大山");
        ProcessInstance followUp = cases.followUpOf(pi);
        visitAgain(followUp, "UNCHANGED");
        assertThat(followUp).isEnded().hasPassed(FollowUpVisits.END_EVENT_ENTRY_CLOSED);
        Assertions.assertThat(entryStatus(pi)).isEqualTo("CLOSED");
    }

    @Proves("N8")
    @Test
    void aWorseningFoundOnFollowUpOpensANewCaseForReassessment() {
        ProcessInstance pi = cases.open(false, false);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
        ProcessInstance followUp = cases.followUpOf(pi);
        visitAgain(followUp, "WORSE");
        assertThat(followUp).isEnded().hasPassed(FollowUpVisits.TASK_REPORT_WORSE, FollowUpVisits.END_EVENT_REASSESSED);
        String reopened = (String) history.createHistoricVariableInstanceQuery().processInstanceId(followUp.getId())
                .variableName(FollowUpReporter.REOPENED_CASE_NUMBER).singleResult().getValue();
        Assertions.assertThat(reopened).isNotEqualTo(followUp.getBusinessKey());
        ProcessInstance again = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reopened)
                .processDefinitionKey(DiscoveryCaseProcess.PROCESS_KEY).singleResult();
        assertThat(again).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
    }

    @Proves("N6")
    @Test
    void anOverdueFollowUpIsEscalatedToTheLeader() {
        ProcessInstance pi = cases.open(false, false);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
        ProcessInstance followUp = cases.followUpOf(pi);
        execute(job(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, followUp));
        execute(job(FollowUpVisits.BOUNDARY_EVENT_FOLLOW_UP_OVERDUE, followUp));
        assertThat(task(FollowUpVisits.TASK_ESCALATE_FOLLOW_UP, followUp)).hasCandidateGroup("township-341723200-leader");
        complete(task(FollowUpVisits.TASK_ESCALATE_FOLLOW_UP, followUp),
                Map.of(FollowUpProcess.FOLLOW_UP_ESCALATION_NOTE, "三日内完成回访"));
        execute(job(FollowUpVisits.TASK_ESCALATE_FOLLOW_UP, followUp));
        assertThat(followUp).hasPassed(FollowUpVisits.END_EVENT_FOLLOW_UP_ESCALATED).isWaitingAt(FollowUpVisits.TASK_FOLLOW_UP_VISIT);
    }

    @Proves("N6")
    @Test
    void finishingAnOverdueVisitEndsItsEscalation() {
        ProcessInstance pi = cases.open(false, false);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
        ProcessInstance followUp = cases.followUpOf(pi);
        Assertions.assertThat(runtime.getVariable(followUp.getId(), FollowUpProcess.FOLLOW_UP_ONCE)).isEqualTo(false);
        execute(job(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, followUp));
        execute(job(FollowUpVisits.BOUNDARY_EVENT_FOLLOW_UP_OVERDUE, followUp));
        Task escalation = task(FollowUpVisits.TASK_ESCALATE_FOLLOW_UP, followUp);
        Assertions.assertThat(escalation).isNotNull();

        finishVisit(followUp, "UNCHANGED");

        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).count())
                .as("督办逾期回访 is gone from the leader's task list").isZero();
        Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(followUp.getId())
                .activityId(FollowUpVisits.TASK_ESCALATE_FOLLOW_UP).singleResult().isCanceled()).isTrue();
        assertThat(followUp).hasPassed(FollowUpVisits.END_EVENT_VISIT_DONE)
                .hasNotPassed(FollowUpVisits.END_EVENT_FOLLOW_UP_ESCALATED)
                .isWaitingAt(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
    }
}
