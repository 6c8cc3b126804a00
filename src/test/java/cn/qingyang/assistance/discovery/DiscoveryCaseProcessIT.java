package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static cn.qingyang.assistance.AsyncSteps.completeAndSettle;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.aid.AssistanceProcesses.DepartmentReferral;
import cn.qingyang.assistance.aid.AssistanceProcesses.TemporaryAssistance;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.traceability.Proves;
import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through DiscoveryCase, driven as the workers would: reports registered through
 * the real service, tasks completed with the values their forms submit, async steps and timers run
 * by executing their jobs. What the called processes do inside is tested beside them (aid/,
 * ledger/); here they are only entered and left.
 */
@IntegrationTest
@ProcessesUnderTest({DiscoveryCaseProcess.PROCESS_KEY})
class DiscoveryCaseProcessIT {

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

    @Proves({"N4", "N6", "N8"})
    @Test
    void nonUrgentCaseIsVisitedClassifiedAndEntersTheLedger() {
        ProcessInstance pi = cases.open(false, false);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(task(pi)).hasCandidateGroup("township-341723200").hasName("入户调查评估");

        complete(task(pi), completeVisit(pi));

        cases.finishAfterJoin(pi);
        assertThat(pi).hasNotPassed(DiscoveryCase.TASK_APPROVE_AFTERWARDS, DiscoveryCase.TASK_GRANT_EMERGENCY_AID,
                DiscoveryCase.TASK_COUNTY_HOME_VISIT);
        Assertions.assertThat(cases.caseStatus(pi)).isEqualTo("CLOSED");
        var entry = jdbc.sql("SELECT category, urgent, causes, measures, next_follow_up FROM ledger_entry "
                + "WHERE case_id = :case AND kind = 'CLASSIFIED'").param("case", cases.caseId(pi)).query().singleRow();
        Assertions.assertThat(entry.get("category")).isEqualTo("SPECIAL");
        Assertions.assertThat(entry.get("urgent")).isEqualTo(false);
        Assertions.assertThat(entry.get("causes")).isEqualTo("01,04");
        Assertions.assertThat((String) entry.get("measures")).contains("不符合现行救助条件").contains("纳入台账定期回访");
        Assertions.assertThat(entry.get("next_follow_up")).isNotNull();
        assertThat(pi).hasPassed(DiscoveryCase.TASK_EXPLAIN_POLICY).hasNotPassed(DiscoveryCase.TASK_GUIDE_APPLICATION, DiscoveryCase.CALL_ACTIVITY_DIBAO);
        Assertions.assertThat(jdbc.sql("SELECT category FROM discovery_case WHERE id = :id").param("id", cases.caseId(pi))
                .query(String.class).single()).isEqualTo("SPECIAL");
    }

    @Proves({"N8", "N9"})
    @Test
    void urgentReportIsAidedBeforeApproval() {
        ProcessInstance pi = cases.open(true, false);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, DiscoveryCase.TASK_VISIT_HOUSEHOLD);

        complete(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 2000L,
                AID_PURPOSE, "购买药品和口粮"));
        execute(job(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi));
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_RECORD_EMERGENCY_AID);
        execute(job(DiscoveryCase.TASK_RECORD_EMERGENCY_AID, pi));
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case", pi)).isOne();
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND kind = 'URGENT'", pi)).isOne();
        assertThat(pi).hasNotPassed(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY);

        completeAndSettle(task(DiscoveryCase.TASK_VISIT_HOUSEHOLD, pi), completeVisit(pi), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_APPROVE_AFTERWARDS);
        assertThat(task(pi)).hasCandidateGroup("township-341723200-leader");
        complete(task(pi), Map.of(POST_APPROVAL_DECISION, "APPROVED", POST_APPROVAL_OPINION, "手续齐全，同意"));

        cases.finishAfterJoin(pi);
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case AND post_approved_at IS NOT NULL", pi)).isOne();
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND urgent = TRUE", pi)).isEqualTo(2);
    }

    @Proves("T-aid-cap-10x")
    @Test
    void aidAboveTheTownshipCapWaitsForTheCounty() {
        ProcessInstance pi = cases.open(true, false);
        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "IN_KIND", AID_AMOUNT, 9000.0,
                AID_PURPOSE, "房屋倒塌，临时安置"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(task(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi)).hasCandidateGroup("county-civil-affairs");

        completeAndSettle(task(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi), Map.of(COUNTY_AID_DECISION, "REJECTED",
                COUNTY_AID_OPINION, "金额过高，请按实际需要调整"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GRANT_EMERGENCY_AID);
        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "IN_KIND", AID_AMOUNT, 9000.0,
                AID_PURPOSE, "房屋倒塌，临时安置"), pi);
        completeAndSettle(task(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi), Map.of(COUNTY_AID_DECISION,
                "APPROVED", COUNTY_AID_OPINION, "同意"), pi);

        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case AND county_approved = TRUE", pi)).isOne();
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
    }

    @Test
    void countyRefusalWithoutReasonsIsRejected() {
        ProcessInstance pi = cases.open(true, false);
        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 9000L,
                AID_PURPOSE, "医疗费"), pi);
        var approval = task(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi);
        assertThatThrownBy(() -> complete(approval, Map.of(COUNTY_AID_DECISION, "REJECTED", COUNTY_AID_OPINION, " ")))
                .hasMessageContaining("不同意时须写明理由");
        assertThatThrownBy(() -> complete(approval, Map.of(COUNTY_AID_OPINION, "同意")))
                .hasMessageContaining("请选择审批结果");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_APPROVE_EMERGENCY_AID_BY_COUNTY);
    }

    @Test
    void firstAidWithoutAmountOrPurposeIsRejected() {
        ProcessInstance pi = cases.open(true, false);
        assertThatThrownBy(() -> complete(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH",
                AID_AMOUNT, 0L)))
                .hasMessageContaining("救助金额应大于 0").hasMessageContaining("请填写救助用途");
        assertThatThrownBy(() -> complete(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_AMOUNT, "一千",
                AID_PURPOSE, "x")))
                .hasMessageContaining("请选择救助方式").hasMessageContaining("救助金额应为数字");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GRANT_EMERGENCY_AID);
    }

    @Proves("T-aid-24h")
    @Test
    void overdueFirstAidIsEscalatedToTheLeaderAndStaysOpen() {
        ProcessInstance pi = cases.open(true, false);
        execute(job(DiscoveryCase.BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi));
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID,
                DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(task(DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID, pi)).hasCandidateGroup("township-341723200-leader");
        completeAndSettle(task(DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID, pi), Map.of(EXPEDITE_NOTE, "今日 18 时前发放到位"), pi);
        assertThat(pi).hasPassed(DiscoveryCase.END_EVENT_EXPEDITE_DONE).isWaitingAt(DiscoveryCase.TASK_GRANT_EMERGENCY_AID);
    }

    @Proves("N9")
    @Test
    void refusedPostApprovalOpensACorrection() {
        ProcessInstance pi = cases.open(true, false);
        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 500L,
                AID_PURPOSE, "口粮"), pi);
        completeAndSettle(task(DiscoveryCase.TASK_VISIT_HOUSEHOLD, pi), completeVisit(pi), pi);

        completeAndSettle(task(DiscoveryCase.TASK_APPROVE_AFTERWARDS, pi), Map.of(POST_APPROVAL_DECISION, "REJECTED",
                POST_APPROVAL_OPINION, "缺少领款人签字"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_CORRECT_EMERGENCY_AID);
        assertThat(task(pi)).hasCandidateGroup("township-341723200");
        completeAndSettle(task(pi), Map.of(CORRECTION_NOTE, "已补签字"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_APPROVE_AFTERWARDS);
        complete(task(pi), Map.of(POST_APPROVAL_DECISION, "APPROVED", POST_APPROVAL_OPINION, "同意"));

        cases.finishAfterJoin(pi);
        assertThat(pi).hasPassed(DiscoveryCase.TASK_CORRECT_EMERGENCY_AID, DiscoveryCase.TASK_RECORD_POST_APPROVAL);
    }

    @Proves({"N4a", "T-search-3-visits"})
    @Test
    void personNotSeenThreeTimesGoesToTheLeaderAndTheSearchGoesOn() {
        ProcessInstance pi = cases.open(false, false);
        for (int visit = 1; visit <= 2; visit++) {
            completeAndSettle(task(pi), notSeenVisit(), pi);
            assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        }
        Assertions.assertThat(runtime.getVariable(pi.getId(), FAILED_VISITS)).isEqualTo(2);
        completeAndSettle(task(pi), notSeenVisit(), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_COORDINATE_SEARCH);
        assertThat(task(pi)).hasCandidateGroup("township-341723200-leader");
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case AND person_seen = FALSE", pi)).isEqualTo(3);

        completeAndSettle(task(pi), Map.of(SEARCH_OUTCOME, "FOUND", SEARCH_NOTE, "经村委会联系，本人已返乡"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
    }

    @Proves("N4a")
    @Test
    void onlyADocumentedDeathOrMoveEndsTheSearch() {
        ProcessInstance pi = cases.open(false, false);
        for (int visit = 1; visit <= 3; visit++) {
            completeAndSettle(task(pi), notSeenVisit(), pi);
        }
        assertThatThrownBy(() -> complete(task(pi), Map.of(SEARCH_OUTCOME, "MOVED_AWAY")))
                .hasMessageContaining("走访到户不见人不放过").hasMessageContaining("佐证材料");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_COORDINATE_SEARCH);

        completeAndSettle(task(pi), Map.of(SEARCH_OUTCOME, "MOVED_AWAY", SEARCH_EVIDENCE, "户籍迁移证明（皖公迁字 2026-0123）"), pi);

        assertThat(pi).isEnded().hasPassed(DiscoveryCase.TASK_RECORD_SEARCH_ENDED,
                DiscoveryCase.TASK_CLOSE_UNFOUND_CASE, DiscoveryCase.END_EVENT_SEARCH_ENDED);
        Assertions.assertThat(cases.caseStatus(pi)).isEqualTo("CLOSED");
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'SEARCH_ENDED'")
                .param("case", cases.caseId(pi)).query(String.class).single()).contains("已迁出本县").contains("皖公迁字 2026-0123");
    }

    @Proves("N4b")
    @Test
    void anIncompleteVisitIsRejectedWithWhatIsMissing() {
        ProcessInstance pi = cases.open(false, false);
        Map<String, Object> partial = completeVisit(pi, INCOME_WAGE, null, ADL_WALKING, null, HARDSHIP_DEGREE, "");
        assertThatThrownBy(() -> complete(task(pi), partial))
                .isInstanceOf(IncompleteTaskException.class)
                .hasMessageContaining("情况不调查清楚不放过")
                .hasMessageContaining("请填写工资性收入（没有请填 0）")
                .hasMessageContaining("请选择生活自理能力：室内行走")
                .hasMessageContaining("请选择困难程度");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isZero();
    }

    @Proves("N4c")
    @Test
    void aVisitWithoutCountermeasureIsRejected() {
        ProcessInstance pi = cases.open(false, false);
        assertThatThrownBy(() -> complete(task(pi), completeVisit(pi, COUNTERMEASURES, "  ")))
                .hasMessageContaining("不提出对策建议不放过").hasMessageContaining("请填写对策建议");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
    }

    @Proves({"N4a", "T-survey-2-staff"})
    @Test
    void aVisitNeedsTwoDifferentInvestigatorsAndAReasonWhenThePersonWasNotSeen() {
        ProcessInstance pi = cases.open(false, false);
        assertThatThrownBy(() -> complete(task(pi), with(notSeenVisit(), INVESTIGATOR_2, "王建华", NOT_SEEN_REASON, null)))
                .hasMessageContaining("至少 2 名不同的工作人员").hasMessageContaining("请填写未见到本人的原因");
    }

    @Proves("N4b")
    @Test
    void moreInvestigationNeededLoopsBackToTheVisit() {
        ProcessInstance pi = cases.open(false, false);
        completeAndSettle(task(pi), completeVisit(pi, INVESTIGATION_CONCLUSION, "MORE_NEEDED"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        Assertions.assertThat(runtime.getVariable(pi.getId(), VISIT_COUNT)).isEqualTo(1);
        complete(task(pi), completeVisit(pi));
        cases.finishAfterJoin(pi);
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isEqualTo(2);
    }

    @Proves("T-related-county-visit")
    @Test
    void applicantRelatedToStaffGetsACountyHomeVisit() {
        ProcessInstance pi = cases.open(false, true);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_COUNTY_HOME_VISIT, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(task(DiscoveryCase.TASK_COUNTY_HOME_VISIT, pi)).hasCandidateGroup("county-civil-affairs");
        completeAndSettle(task(DiscoveryCase.TASK_VISIT_HOUSEHOLD, pi), completeVisit(pi), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_COUNTY_HOME_VISIT);

        complete(task(DiscoveryCase.TASK_COUNTY_HOME_VISIT, pi), Map.of(COUNTY_VISIT_DATE, "2026-11-30",
                COUNTY_VISIT_RESULT, "CONFIRMED", COUNTY_VISIT_FINDINGS, "与乡镇调查一致"));
        cases.finishAfterJoin(pi);
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'COUNTY_VISIT'")
                .param("case", cases.caseId(pi)).query(String.class).single()).isEqualTo("情况属实：与乡镇调查一致");
    }

    @Proves("N7-monitoring")
    @Test
    void aLowIncomeHouseholdIsEnrolledInMonitoringWithoutAnApplication() {
        ProcessInstance pi = cases.routedCase(INCOME_TRANSFER, 2000.0);
        cases.finishLedger(pi);
        assertThat(pi).hasPassed(DiscoveryCase.TASK_ENROL_MONITORING).hasNotPassed(DiscoveryCase.TASK_GUIDE_APPLICATION, DiscoveryCase.TASK_ASSIST_APPLICATION);
        Assertions.assertThat(cases.count("SELECT COUNT(*) FROM monitoring_enrolment WHERE case_id = :case", pi)).isOne();
    }

    @Proves("N8")
    @Test
    void aPersonNoLongerInHardshipStaysInTheLedgerWithoutFollowUp() {
        ProcessInstance pi = cases.routedCase();
        completeAndSettle(task(DiscoveryCase.TASK_EXPLAIN_POLICY, pi), Map.of(AssistanceProcesses.INFORMED_HOW, "PHONE",
                AssistanceProcesses.POLICY_EXPLAINED, "已告知不符合条件的原因", AssistanceProcesses.STILL_IN_HARDSHIP, "NO"), pi);
        cases.finishLedger(pi);
        var entry = jdbc.sql("SELECT status, next_follow_up FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                .param("case", cases.caseId(pi)).query().singleRow();
        Assertions.assertThat(entry.get("status")).isEqualTo("CLOSED");
        Assertions.assertThat(entry.get("next_follow_up")).isNull();
        Assertions.assertThat(cases.followUpOf(pi)).as("no follow-up without hardship").isNull();
    }

    // ---- the routes of clause 5 and 7: applied for, called, joined ------------------------------

    @Test
    void everyRouteTheVisitFindsIsCalledAndTheCaseClosesOnlyWhenTheLastHasEnded() {
        ProcessInstance pi = cases.routedCase(INCOME_TRANSFER, 900.0, TEMPORARY_NEED, true, MEDICAL_NEED, true);
        cases.guideApplication(pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.CALL_ACTIVITY_DIBAO, DiscoveryCase.CALL_ACTIVITY_TEMPORARY_ASSISTANCE,
                DiscoveryCase.CALL_ACTIVITY_REFERRAL);
        Assertions.assertThat(runtime.getVariables(pi.getId())).as("the gateways read flags; the forms show the routes' names")
                .containsEntry(ROUTE_DIBAO, true).containsEntry(ROUTE_TEMPORARY, true).containsEntry(ROUTE_REFERRAL, true)
                .containsEntry(ROUTE_CARE, false).containsEntry(UNKNOWN_ROUTE_CODES, "")
                .containsEntry(ROUTE_LABELS, "申请低保、临时救助、转介医疗救助（县医疗保障局）");

        ProcessInstance dibao = cases.called(pi, AssistanceProcesses.DIBAO_KEY);
        completeAndSettle(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "REJECT",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "家庭人均收入超过低保标准"), dibao);
        completeAndSettle(task(dibao), Map.of(AssistanceProcesses.REFUSAL_REASONS, "家庭人均收入超过低保标准",
                AssistanceProcesses.NOTIFY_METHOD, "WRITTEN", AssistanceProcesses.NOTIFIED_ON, "2026-12-01"), dibao);
        assertThat(dibao).isEnded();
        ProcessInstance temporary = cases.called(pi, AssistanceProcesses.TEMPORARY_KEY);
        completeAndSettle(task(temporary), Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 300.0, AssistanceProcesses.TEMPORARY_REASON,
                "日常开支", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "REJECTED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "不属于突发性困难"), temporary);
        assertThat(temporary).isEnded().hasPassed(TemporaryAssistance.TASK_NOTIFY_REFUSED);
        assertThat(pi).as("the case waits for the department").isWaitingAt(DiscoveryCase.CALL_ACTIVITY_REFERRAL);

        ProcessInstance referral = cases.called(pi, AssistanceProcesses.REFERRAL_KEY);
        AsyncSteps.settle(referral);
        assertThat(referral).hasPassed(DepartmentReferral.TASK_NOTIFY_DEPARTMENT);
        completeAndSettle(task(referral), Map.of(AssistanceProcesses.REFERRAL_RESULT, "ACCEPTED",
                AssistanceProcesses.REFERRAL_ANSWER, "已纳入医疗救助"), referral);
        cases.finishLedger(pi);
        assertThat(pi).hasPassed(DiscoveryCase.TASK_GUIDE_APPLICATION, DiscoveryCase.CALL_ACTIVITY_DIBAO,
                DiscoveryCase.CALL_ACTIVITY_TEMPORARY_ASSISTANCE, DiscoveryCase.CALL_ACTIVITY_REFERRAL)
                .hasNotPassed(DiscoveryCase.TASK_ASSIST_APPLICATION, DiscoveryCase.CALL_ACTIVITY_EXTREME_POVERTY_CARE,
                        DiscoveryCase.TASK_ENROL_MONITORING, DiscoveryCase.TASK_EXPLAIN_POLICY);
    }

    @Test
    void aPersonWhoCannotApplyIsAssistedByTheVillageAndCareIsCalled() {
        ProcessInstance pi = cases.routedCase(EXTREME_POVERTY_PERSON, true, RIGHTS_AT_RISK, true, WILLING_CENTRAL_CARE, true,
                CAN_APPLY_THEMSELVES, "NO");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_ASSIST_APPLICATION);
        assertThat(task(pi)).hasCandidateGroup("village-341723200201");
        completeAndSettle(task(pi), Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                AssistanceProcesses.APPLICATION_CHANNEL, "PAPER", AssistanceProcesses.APPLICATION_NOTE, "协理员代为提交书面申请"), pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.CALL_ACTIVITY_EXTREME_POVERTY_CARE);

        ProcessInstance care = cases.called(pi, AssistanceProcesses.CARE_KEY);
        completeAndSettle(task(care), Map.of(AssistanceProcesses.INSTITUTION_NAME, "乔木乡敬老院",
                AssistanceProcesses.ADMISSION_DATE, "2026-12-05"), care);
        assertThat(care).isEnded();
        cases.finishLedger(pi);
        assertThat(pi).hasPassed(DiscoveryCase.TASK_ASSIST_APPLICATION, DiscoveryCase.CALL_ACTIVITY_EXTREME_POVERTY_CARE)
                .hasNotPassed(DiscoveryCase.TASK_GUIDE_APPLICATION, DiscoveryCase.CALL_ACTIVITY_DIBAO);
    }

    // ---- transaction boundaries and escalations (issue 14) --------------------------------------

    @Proves("T-aid-24h")
    @Test
    void grantingTheAidEndsTheLeadersOpenExpedition() {
        ProcessInstance pi = cases.open(true, false);
        Assertions.assertThat(job(DiscoveryCase.BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi).getPriority())
                .as("an urgent case's jobs come first").isEqualTo(100L);
        execute(job(DiscoveryCase.BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi));
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID);

        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 500L,
                AID_PURPOSE, "口粮"), pi);

        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID).count()).as("the 督办 left the task lists").isZero();
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(DiscoveryCase.TASK_EXPEDITE_EMERGENCY_AID).singleResult().isCanceled()).isTrue();
        assertThat(pi).hasPassed(DiscoveryCase.END_EVENT_EMERGENCY_AID_GRANTED).hasNotPassed(DiscoveryCase.END_EVENT_EXPEDITE_DONE);

        completeAndSettle(task(DiscoveryCase.TASK_VISIT_HOUSEHOLD, pi), completeVisit(pi), pi);
        completeAndSettle(task(DiscoveryCase.TASK_APPROVE_AFTERWARDS, pi), Map.of(POST_APPROVAL_DECISION, "APPROVED",
                POST_APPROVAL_OPINION, "同意"), pi);
        cases.finishAfterJoin(pi);
        Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .unfinished().count()).as("no escalation outlives the case").isZero();
    }

    @Test
    void aFailingDecisionAfterTheVisitLeavesTheVisitDoneAndAnIncidentUntilItIsFixed() {
        // an administrator deploys a release (the whole model set, as the version policy asks)
        // with an edited HardshipCategory that yields nothing; new cases start on it
        String edited = new String(readDecision(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s)<rule id=.*?</rule>\\s*", "");
        String broken = deployRelease("HardshipCategory edited in Modeler", edited);
        String fixed = null;
        try {
            ProcessInstance pi = cases.open(false, false);
            Assertions.assertThat(engine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId())
                    .isEqualTo(broken);
            completeAndSettle(task(pi), completeVisit(pi), pi);

            org.camunda.bpm.engine.runtime.Job continuation = engine.getManagementService().createJobQuery()
                    .processInstanceId(pi.getId()).singleResult();
            while (continuation.getRetries() > 0) {
                try {
                    engine.getManagementService().executeJob(continuation.getId());
                } catch (RuntimeException retried) {
                    // as the job executor: the retries go down until the incident
                }
                continuation = engine.getManagementService().createJobQuery().jobId(continuation.getId()).singleResult();
            }
            Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                    .taskDefinitionKey(DiscoveryCase.TASK_VISIT_HOUSEHOLD).finished().count()).as("the visit stays completed").isOne();
            Assertions.assertThat(cases.count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isOne();
            var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
            Assertions.assertThat(incident.getActivityId()).isEqualTo(DiscoveryCase.GATEWAY_JOIN);
            Assertions.assertThat(incident.getIncidentType()).isEqualTo(org.camunda.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE);
            Assertions.assertThat(incident.getIncidentMessage()).contains("HardshipCategory");
            assertThat(pi).isWaitingAt(DiscoveryCase.GATEWAY_JOIN).hasNotPassed(DiscoveryCase.TASK_RECORD_CLASSIFICATION);

            // the corrected release deployed, the case migrated onto it and its job retried in
            // Cockpit: the case goes on where it stopped
            fixed = deployRelease("HardshipCategory corrected", new String(readDecision(), java.nio.charset.StandardCharsets.UTF_8));
            String fixedDefinition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(fixed)
                    .processDefinitionKey(DiscoveryCaseProcess.PROCESS_KEY).singleResult().getId();
            var plan = engine.getRuntimeService().createMigrationPlan(pi.getProcessDefinitionId(), fixedDefinition)
                    .mapEqualActivities().build();
            engine.getRuntimeService().newMigration(plan).processInstanceIds(pi.getId()).execute();
            engine.getManagementService().setJobRetries(continuation.getId(), 1);
            engine.getManagementService().executeJob(continuation.getId());
            cases.finishAfterJoin(pi);
            Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
            Assertions.assertThat(cases.count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isOne();
        } finally {
            // the other tests go on with the release the application deployed
            engine.getRepositoryService().deleteDeployment(broken, true);
            if (fixed != null) {
                engine.getRepositoryService().deleteDeployment(fixed, true);
            }
        }
    }

    /** A release as the version policy deploys it: every model and form, one of them replaced. */
    private String deployRelease(String name, String hardshipCategory) {
        var deployment = engine.getRepositoryService().createDeployment().name(name);
        try (var models = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"));
                var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (java.nio.file.Path file : java.util.stream.Stream.concat(models, forms).toList()) {
                String resource = file.getFileName().toString();
                deployment.addString(resource, resource.equals("hardship-category.dmn") ? hardshipCategory
                        : java.nio.file.Files.readString(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return deployment.deploy().getId();
    }

    private static byte[] readDecision() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("bpmn/hardship-category.dmn"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
