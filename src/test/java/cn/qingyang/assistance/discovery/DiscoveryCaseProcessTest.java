package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.aid.AssistanceProcesses.CARE_KEY;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DEPARTMENT;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DIBAO_KEY;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DIBAO_OUTCOME;
import static cn.qingyang.assistance.aid.AssistanceProcesses.REFERRAL_KEY;
import static cn.qingyang.assistance.aid.AssistanceProcesses.ROUTE_CODES;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TEMPORARY_KEY;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase.TASK_VISIT_HOUSEHOLD;
import static cn.qingyang.assistance.AsyncSteps.completeAndSettle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.aid.RouteFlags;
import cn.qingyang.assistance.aid.RouteSet;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.discovery.CaseEventRecorder;
import cn.qingyang.assistance.intake.CaseSummaries;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.ArgumentCaptor;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DiscoveryCase (discovery-case.bpmn) alone, with its two decision tables: every delegate and
 * guard mocked, the four processes a case calls replaced by stubs. One test per path; the
 * application's DiscoveryCaseProcessIT drives the same paths with the real beans.
 */
class DiscoveryCaseProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine(DIBAO_KEY, TEMPORARY_KEY, CARE_KEY, REFERRAL_KEY);

    private static final String TOWNSHIP = "341723200";
    private static final String VILLAGE = "341723200201";
    private static final Date REGISTRATION_TIME = new Date(1_780_000_000_000L);

    private WorkingDayCalendar workingDays;
    private Recorded homeVisitRecorder;
    private Recorded caseEventRecorder;
    private Recorded emergencyAidRecorder;
    private Recorded postApprovalRecorder;
    private Recorded classificationRecorder;
    private Recorded routeRecorder;
    private Recorded monitoringEnroller;
    private Recorded classifiedLedgerRecorder;
    private Recorded followUpStarter;
    private Recorded caseCloser;
    private Recorded visitCompletionGuard;
    /** Writes the household's members into the visit form when the visit task is created. */
    private TaskListener householdMembersLoader;
    private Recorded aidCompletionGuard;
    private Recorded decisionCompletionGuard;
    private Recorded searchCompletionGuard;
    /** What routeRecorder leaves for the gateways: route codes and referral departments. */
    private String routeCodes = "";
    private String referralDepartments = "";
    /** As HardshipCategory edited without its catch-all rule: the classification is null. */
    private boolean classificationYieldsNothing;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "discovery-case.bpmn", DIBAO_KEY, TEMPORARY_KEY, CARE_KEY, REFERRAL_KEY);
        workingDays = FastProcess.workingDays();
        FastProcess.real("routeSet", new RouteSet());
        homeVisitRecorder = FastProcess.delegate("homeVisitRecorder", execution -> {
            boolean seen = "YES".equals(execution.getVariable(PERSON_SEEN));
            execution.setVariable(VISIT_COUNT, ((Number) execution.getVariable(VISIT_COUNT)).intValue() + 1);
            execution.setVariable(FAILED_VISITS, ((Number) execution.getVariable(FAILED_VISITS)).intValue() + (seen ? 0 : 1));
            if (seen) {
                // what the real recorder computes from the members of a two-person household above every line
                execution.setVariable(HOUSEHOLD_SIZE, 2);
                execution.setVariable(PER_CAPITA_INCOME, 2000.0);
                execution.setVariable(RIGID_SPENDING_SHARE, 0.025);
                execution.setVariable(HOUSEHOLD_PARTLY_ON_DIBAO, false);
                execution.setVariable(SELF_CARE_LOSS, "PARTIAL");
            }
        });
        caseEventRecorder = FastProcess.delegate("caseEventRecorder");
        emergencyAidRecorder = FastProcess.delegate("emergencyAidRecorder");
        postApprovalRecorder = FastProcess.delegate("postApprovalRecorder");
        // the real recorder on the decision's real result; only our tables are mocked
        ClassificationRecorder realClassificationRecorder = new ClassificationRecorder(mock(CaseFileRepository.class));
        classificationRecorder = FastProcess.delegate("classificationRecorder", execution -> {
            if (classificationYieldsNothing) {
                execution.setVariable(CLASSIFICATION, null);
            }
            realClassificationRecorder.execute(execution);
        });
        // the routes are the test's (one per path), read into flags as the real recorder does
        routeRecorder = FastProcess.delegate("routeRecorder", execution -> execution.setVariables(
                RouteFlags.variables(new RouteSet().list(routeCodes), new RouteSet().list(referralDepartments))));
        monitoringEnroller = FastProcess.delegate("monitoringEnroller");
        classifiedLedgerRecorder = FastProcess.delegate("classifiedLedgerRecorder");
        followUpStarter = FastProcess.delegate("followUpStarter");
        caseCloser = FastProcess.delegate("caseCloser");
        visitCompletionGuard = FastProcess.listener("visitCompletionGuard");
        householdMembersLoader = mock(TaskListener.class, "householdMembersLoader");
        Mocks.register("householdMembersLoader", householdMembersLoader);
        aidCompletionGuard = FastProcess.listener("aidCompletionGuard");
        decisionCompletionGuard = FastProcess.listener("decisionCompletionGuard");
        searchCompletionGuard = FastProcess.listener("searchCompletionGuard");
    }

    @Test
    void plainReportIsVisitedClassifiedAndClosedWithThePolicyExplained() {
        ProcessInstance pi = start(false, false);

        assertThat(pi).isWaitingAtExactly(TASK_VISIT_HOUSEHOLD);
        assertThat(task(TASK_VISIT_HOUSEHOLD, pi)).hasCandidateGroup("township-" + TOWNSHIP)
                .hasDueDate(FastProcess.plusDays(REGISTRATION_TIME, 3));
        verify(workingDays).dueAfter(REGISTRATION_TIME, 3);

        ArgumentCaptor<DelegateTask> created = ArgumentCaptor.forClass(DelegateTask.class);
        verify(householdMembersLoader).notify(created.capture());
        assertThat(created.getValue().getTaskDefinitionKey()).isEqualTo(TASK_VISIT_HOUSEHOLD);
        assertThat(created.getValue().getEventName()).isEqualTo("create");
        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);

        assertThat(visitCompletionGuard.onlyAt(TASK_VISIT_HOUSEHOLD).eventName()).isEqualTo("end");
        assertThat(homeVisitRecorder.onlyAt(TASK_RECORD_VISIT).variables()).containsEntry(PERSON_SEEN, "YES");
        // the decision tables ran on the visit: their results reach the recorders
        assertThat(classificationRecorder.onlyAt(TASK_RECORD_CLASSIFICATION).variables().get(CLASSIFICATION))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey(CATEGORY);
        assertThat(routeRecorder.onlyAt(TASK_RECORD_ROUTES).variables()).containsKey(ROUTES);
        assertThat(pi).hasNotPassed(TASK_APPROVE_AFTERWARDS, TASK_GRANT_EMERGENCY_AID, TASK_COUNTY_HOME_VISIT)
                .isWaitingAtExactly(TASK_EXPLAIN_POLICY);
        assertThat(task(TASK_EXPLAIN_POLICY, pi)).hasCandidateGroup("township-" + TOWNSHIP);

        completeAndSettle(task(TASK_EXPLAIN_POLICY, pi), pi);

        assertThat(pi).isEnded().hasPassedInOrder(TASK_CLASSIFY_HARDSHIP, TASK_ROUTE_ASSISTANCE, TASK_EXPLAIN_POLICY,
                TASK_ENTER_LEDGER, TASK_START_FOLLOW_UP, TASK_CLOSE_CASE, END_EVENT_CASE_CLOSED);
        assertThat(classifiedLedgerRecorder.calls()).hasSize(1);
        assertThat(followUpStarter.calls()).hasSize(1);
        assertThat(caseCloser.activities()).containsExactly(TASK_CLOSE_CASE);
    }

    @Test
    void urgentReportIsAidedBeforeApproval() {
        ProcessInstance pi = start(true, false);

        assertThat(pi).isWaitingAt(TASK_GRANT_EMERGENCY_AID, TASK_VISIT_HOUSEHOLD);
        assertThat(task(TASK_GRANT_EMERGENCY_AID, pi)).hasCandidateGroup("township-" + TOWNSHIP);

        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_KIND, "CASH", AID_AMOUNT, 800.0, AID_PURPOSE, "购买药品"), pi);
        assertThat(aidCompletionGuard.at(TASK_GRANT_EMERGENCY_AID)).hasSize(1);
        assertThat(pi).hasNotPassed(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY);
        assertThat(emergencyAidRecorder.onlyAt(TASK_RECORD_EMERGENCY_AID).variables()).containsEntry(AID_AMOUNT, 800.0);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_AFTERWARDS);
        assertThat(task(TASK_APPROVE_AFTERWARDS, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");

        completeAndSettle(task(TASK_APPROVE_AFTERWARDS, pi), withVariables(POST_APPROVAL_DECISION, "APPROVED"), pi);
        assertThat(decisionCompletionGuard.onlyAt(TASK_APPROVE_AFTERWARDS).local())
                .containsEntry(DecisionCompletionGuard.DECISION_VARIABLE, POST_APPROVAL_DECISION)
                .containsEntry(DecisionCompletionGuard.OPINION_VARIABLE, POST_APPROVAL_OPINION);
        assertThat(postApprovalRecorder.calls()).hasSize(1);
        assertThat(pi).hasPassedInOrder(TASK_GRANT_EMERGENCY_AID, TASK_RECORD_EMERGENCY_AID, TASK_APPROVE_AFTERWARDS,
                TASK_RECORD_POST_APPROVAL, TASK_CLASSIFY_HARDSHIP).isWaitingAtExactly(TASK_EXPLAIN_POLICY);
    }

    @Test
    void aidAboveTheTownshipCapIsRefusedByTheCountyAndGrantedAgainWithinIt() {
        ProcessInstance pi = start(true, false);

        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_KIND, "CASH", AID_AMOUNT, 3000.0, AID_PURPOSE, "住院押金"), pi);
        assertThat(pi).isWaitingAt(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY);
        assertThat(task(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi)).hasCandidateGroup("county-civil-affairs");

        completeAndSettle(task(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi),
                withVariables(COUNTY_AID_DECISION, "REJECTED", COUNTY_AID_OPINION, "超出标准"), pi);
        assertThat(decisionCompletionGuard.onlyAt(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY).local())
                .containsEntry(DecisionCompletionGuard.DECISION_VARIABLE, COUNTY_AID_DECISION);
        assertThat(pi).isWaitingAt(TASK_GRANT_EMERGENCY_AID).hasNotPassed(TASK_RECORD_EMERGENCY_AID);

        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_AMOUNT, 900.0), pi);
        assertThat(emergencyAidRecorder.onlyAt(TASK_RECORD_EMERGENCY_AID).variables()).containsEntry(AID_AMOUNT, 900.0);
    }

    @Test
    void aidAboveTheCapApprovedByTheCountyIsRecorded() {
        ProcessInstance pi = start(true, false);

        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_KIND, "CASH", AID_AMOUNT, 3000.0, AID_PURPOSE, "住院押金"), pi);
        completeAndSettle(task(TASK_APPROVE_EMERGENCY_AID_BY_COUNTY, pi), withVariables(COUNTY_AID_DECISION, "APPROVED"), pi);

        assertThat(emergencyAidRecorder.onlyAt(TASK_RECORD_EMERGENCY_AID).variables())
                .containsEntry(COUNTY_AID_DECISION, "APPROVED").containsEntry(AID_AMOUNT, 3000.0);
        assertThat(pi).isWaitingAtExactly(GATEWAY_JOIN, TASK_VISIT_HOUSEHOLD);
    }

    @Test
    void aidNotGrantedWithin24HoursIsExpeditedByTheLeader() {
        ProcessInstance pi = start(true, false);

        assertThat(job(BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi).getDuedate())
                .isAfterOrEqualTo(new Date(System.currentTimeMillis() + 23 * 3_600_000L));
        execute(job(BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi));

        assertThat(pi).isWaitingAt(TASK_EXPEDITE_EMERGENCY_AID, TASK_GRANT_EMERGENCY_AID);
        assertThat(task(TASK_EXPEDITE_EMERGENCY_AID, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");
        completeAndSettle(task(TASK_EXPEDITE_EMERGENCY_AID, pi), pi);
        assertThat(pi).hasPassed(END_EVENT_EXPEDITE_DONE).isWaitingAt(TASK_GRANT_EMERGENCY_AID);
    }

    @Test
    void staffRelatedReportIsAlsoVisitedByTheCounty() {
        ProcessInstance pi = start(false, true);

        assertThat(pi).isWaitingAt(TASK_COUNTY_HOME_VISIT, TASK_VISIT_HOUSEHOLD);
        assertThat(task(TASK_COUNTY_HOME_VISIT, pi)).hasCandidateGroup("county-civil-affairs")
                .hasDueDate(FastProcess.plusDays(REGISTRATION_TIME, 10));

        completeAndSettle(task(TASK_COUNTY_HOME_VISIT, pi),
                withVariables(COUNTY_VISIT_RESULT, "CONFIRMED", COUNTY_VISIT_FINDINGS, "与村干部无利益关系"), pi);

        assertThat(caseEventRecorder.onlyAt(TASK_RECORD_COUNTY_VISIT).local())
                .containsEntry(CaseEventRecorder.KIND, "COUNTY_VISIT")
                .containsEntry(CaseEventRecorder.DETAIL, "情况属实：与村干部无利益关系");
        // the join waits for the township's visit
        assertThat(pi).isWaitingAtExactly(GATEWAY_JOIN, TASK_VISIT_HOUSEHOLD).hasNotPassed(TASK_CLASSIFY_HARDSHIP);
        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);
        assertThat(pi).hasPassed(TASK_CLASSIFY_HARDSHIP).isWaitingAtExactly(TASK_EXPLAIN_POLICY);
    }

    @Test
    void moreInvestigationSendsTheVisitorBackWithTwoWorkingDays() {
        ProcessInstance pi = start(false, false);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi),
                CaseFixtures.with(CaseFixtures.completeVisit(), INVESTIGATION_CONCLUSION, "MORE_NEEDED"), pi);

        assertThat(pi).isWaitingAtExactly(TASK_VISIT_HOUSEHOLD).hasNotPassed(TASK_CLASSIFY_HARDSHIP);
        verify(workingDays).dueAfter(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(2));
    }

    @Test
    void personNotSeenThreeTimesIsSearchedForAndTheCaseEndsWhenDeceased() {
        ProcessInstance pi = start(true, false);

        for (int visit = 1; visit <= 3; visit++) {
            assertThat(pi).hasNotPassed(TASK_COORDINATE_SEARCH);
            completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.notSeenVisit(), pi);
        }
        assertThat(homeVisitRecorder.at(TASK_RECORD_VISIT)).hasSize(3);
        // every visit starts from the household file as it is
        verify(householdMembersLoader, times(3)).notify(any());
        assertThat(pi).isWaitingAt(TASK_COORDINATE_SEARCH, TASK_GRANT_EMERGENCY_AID);
        assertThat(task(TASK_COORDINATE_SEARCH, pi)).hasCandidateGroup("township-" + TOWNSHIP + "-leader");

        completeAndSettle(task(TASK_COORDINATE_SEARCH, pi), withVariables(SEARCH_OUTCOME, "DECEASED", SEARCH_EVIDENCE, "死亡证明"), pi);

        assertThat(searchCompletionGuard.at(TASK_COORDINATE_SEARCH)).hasSize(1);
        assertThat(caseEventRecorder.onlyAt(TASK_RECORD_SEARCH_ENDED).local())
                .containsEntry(CaseEventRecorder.KIND, "SEARCH_ENDED")
                .containsEntry(CaseEventRecorder.DETAIL, "已死亡；佐证材料：死亡证明");
        assertThat(caseCloser.activities()).containsExactly(TASK_CLOSE_UNFOUND_CASE);
        // the terminate end event also ends the open emergency aid
        assertThat(pi).isEnded().hasPassed(END_EVENT_SEARCH_ENDED).hasNotPassed(END_EVENT_CASE_CLOSED);
    }

    @Test
    void personFoundAfterTheSearchIsVisitedAgain() {
        ProcessInstance pi = start(false, false);
        for (int visit = 1; visit <= 3; visit++) {
            completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.notSeenVisit(), pi);
        }

        completeAndSettle(task(TASK_COORDINATE_SEARCH, pi), withVariables(SEARCH_OUTCOME, "FOUND"), pi);

        assertThat(pi).isWaitingAtExactly(TASK_VISIT_HOUSEHOLD).hasNotPassed(TASK_RECORD_SEARCH_ENDED);
        assertThat(caseCloser.calls()).isEmpty();
    }

    @Test
    void rejectedPostApprovalIsCorrectedAndSubmittedAgain() {
        ProcessInstance pi = start(true, false);
        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_KIND, "IN_KIND", AID_AMOUNT, 300.0, AID_PURPOSE, "米面油"), pi);
        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);

        completeAndSettle(task(TASK_APPROVE_AFTERWARDS, pi),
                withVariables(POST_APPROVAL_DECISION, "REJECTED", POST_APPROVAL_OPINION, "缺少签收单"), pi);
        assertThat(pi).isWaitingAtExactly(TASK_CORRECT_EMERGENCY_AID);
        assertThat(task(TASK_CORRECT_EMERGENCY_AID, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        completeAndSettle(task(TASK_CORRECT_EMERGENCY_AID, pi), withVariables(CORRECTION_NOTE, "已补签收单"), pi);
        assertThat(postApprovalRecorder.calls()).isEmpty();

        completeAndSettle(task(TASK_APPROVE_AFTERWARDS, pi), withVariables(POST_APPROVAL_DECISION, "APPROVED"), pi);
        assertThat(postApprovalRecorder.calls()).hasSize(1);
        assertThat(pi).isWaitingAtExactly(TASK_EXPLAIN_POLICY);
    }

    @Test
    void everyRouteStartsItsProcessAndTheCaseClosesWhenAllAreDone() {
        routeCodes = "DIBAO,TEMPORARY,CENTRAL_CARE,REFERRAL_MEDICAL,LOW_INCOME_MONITORING";
        referralDepartments = "county-health,county-housing";
        ProcessInstance pi = start(false, false);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi),
                CaseFixtures.with(CaseFixtures.completeVisit(), CAN_APPLY_THEMSELVES, "NO"), pi);
        assertThat(pi).isWaitingAtExactly(TASK_ASSIST_APPLICATION);
        assertThat(task(TASK_ASSIST_APPLICATION, pi)).hasCandidateGroup("village-" + VILLAGE);
        completeAndSettle(task(TASK_ASSIST_APPLICATION, pi), pi);

        assertThat(pi).isWaitingAt(CALL_ACTIVITY_DIBAO, CALL_ACTIVITY_TEMPORARY_ASSISTANCE, CALL_ACTIVITY_EXTREME_POVERTY_CARE,
                CALL_ACTIVITY_REFERRAL).hasPassed(TASK_ENROL_MONITORING).hasNotPassed(TASK_EXPLAIN_POLICY);
        assertThat(monitoringEnroller.calls()).hasSize(1);
        // DibaoAssistance gets every variable, the others what they name
        assertThat(calledProcessInstance(DIBAO_KEY, pi)).hasBusinessKey("QY-2026-0042").variables()
                .containsEntry(PER_CAPITA_INCOME, 2000.0);
        assertThat(calledProcessInstance(TEMPORARY_KEY, pi)).variables()
                .containsEntry(TOWNSHIP_AID_CAP, 1000.0).containsEntry(CASE_ID, 42L).doesNotContainKey(PER_CAPITA_INCOME);
        assertThat(calledProcessInstance(CARE_KEY, pi)).variables()
                .containsEntry(ROUTE_CODES, routeCodes).containsEntry(SELF_CARE_LOSS, "PARTIAL");
        List<Object> departments = runtimeService().createProcessInstanceQuery().processDefinitionKey(REFERRAL_KEY).list().stream()
                .map(referral -> runtimeService().getVariable(referral.getId(), DEPARTMENT)).toList();
        assertThat(departments).containsExactlyInAnyOrder("county-health", "county-housing");

        for (Task stub : taskQuery().taskDefinitionKey(FastProcess.STUB_TASK).list()) {
            boolean dibao = stub.getProcessDefinitionId().startsWith(DIBAO_KEY + ":");
            completeAndSettle(stub, dibao ? withVariables(DIBAO_OUTCOME, "APPROVED") : Map.of(), pi);
        }
        assertThat(pi).variables().containsEntry(DIBAO_OUTCOME, "APPROVED");
        assertThat(pi).isEnded().hasPassed(END_EVENT_CASE_CLOSED);
    }

    @Test
    void personWhoCanApplyIsGuidedToTemporaryAssistanceOnly() {
        routeCodes = "TEMPORARY";
        ProcessInstance pi = start(false, false);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);
        assertThat(pi).isWaitingAtExactly(TASK_GUIDE_APPLICATION);
        completeAndSettle(task(TASK_GUIDE_APPLICATION, pi), pi);

        assertThat(pi).isWaitingAtExactly(CALL_ACTIVITY_TEMPORARY_ASSISTANCE).hasNotPassed(TASK_ENROL_MONITORING);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(DIBAO_KEY).count()).isZero();
    }

    @Test
    void grantingTheAidEndsItsOpenExpeditionAndTheCaseClosesWithNoEscalationLeft() {
        ProcessInstance pi = start(true, false);
        execute(job(BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, pi));
        assertThat(pi).isWaitingAt(TASK_EXPEDITE_EMERGENCY_AID, TASK_GRANT_EMERGENCY_AID);

        completeAndSettle(task(TASK_GRANT_EMERGENCY_AID, pi), withVariables(AID_KIND, "CASH", AID_AMOUNT, 800.0, AID_PURPOSE, "购买药品"), pi);

        // the 督办 is no longer in anyone's task list: granting the aid cancelled it
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_EXPEDITE_EMERGENCY_AID).count()).isZero();
        HistoricActivityInstance expedition = historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId(TASK_EXPEDITE_EMERGENCY_AID).singleResult();
        assertThat(expedition.isCanceled()).isTrue();
        assertThat(pi).hasPassed(END_EVENT_EMERGENCY_AID_GRANTED, SUB_PROCESS_EMERGENCY_AID).hasNotPassed(END_EVENT_EXPEDITE_DONE)
                .isWaitingAtExactly(GATEWAY_JOIN, TASK_VISIT_HOUSEHOLD);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);
        completeAndSettle(task(TASK_APPROVE_AFTERWARDS, pi), withVariables(POST_APPROVAL_DECISION, "APPROVED"), pi);
        completeAndSettle(task(TASK_EXPLAIN_POLICY, pi), pi);
        assertThat(pi).isEnded();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).unfinished().count()).isZero();
    }

    @Test
    void aRouteCodeTheDiagramDoesNotKnowTakesTheDefaultPathAndIsKept() {
        routeCodes = "HOUSING_SUBSIDY";
        ProcessInstance pi = start(false, false);

        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);

        assertThat(pi).isWaitingAtExactly(TASK_EXPLAIN_POLICY)
                .hasNotPassed(CALL_ACTIVITY_DIBAO, CALL_ACTIVITY_TEMPORARY_ASSISTANCE, CALL_ACTIVITY_EXTREME_POVERTY_CARE,
                        CALL_ACTIVITY_REFERRAL, TASK_ENROL_MONITORING, TASK_GUIDE_APPLICATION, TASK_ASSIST_APPLICATION);
        assertThat(pi).variables().containsEntry(UNKNOWN_ROUTE_CODES, "HOUSING_SUBSIDY").containsEntry(ROUTE_CODES, "HOUSING_SUBSIDY")
                .containsEntry(NEEDS_APPLICATION, false);
    }

    @Test
    void aClassificationWithoutResultLeavesTheVisitDoneAndAnIncidentUntilTheDecisionIsFixed() {
        classificationYieldsNothing = true;
        ProcessInstance pi = start(false, false);
        completeAndSettle(task(TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisit(), pi);

        Job continuation = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        while (continuation.getRetries() > 0) {
            try {
                managementService().executeJob(continuation.getId());
            } catch (RuntimeException expected) {
                // as the job executor: the retries go down
            }
            continuation = managementService().createJobQuery().jobId(continuation.getId()).singleResult();
        }
        // the visit stays done: its form is committed, the case waits at the continuation after it
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_VISIT_HOUSEHOLD).finished().count()).isOne();
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).variables().containsEntry(PERSON_SEEN, "YES");
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(GATEWAY_JOIN);
        assertThat(incident.getIncidentMessage()).isEqualTo(ClassificationRecorder.NO_RESULT);
        assertThat(pi).isWaitingAt(GATEWAY_JOIN).hasNotPassed(TASK_CLASSIFY_HARDSHIP);

        // the table is fixed, the job retried from Cockpit: the case goes on
        classificationYieldsNothing = false;
        managementService().setJobRetries(continuation.getId(), 1);
        managementService().executeJob(continuation.getId());
        AsyncSteps.settle(pi);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).hasPassed(TASK_RECORD_CLASSIFICATION).isWaitingAtExactly(TASK_EXPLAIN_POLICY);
    }

    @Test
    void anUrgentCasesJobsComeBeforeOtherCasesJobs() {
        ProcessInstance urgent = start(true, false);
        ProcessInstance plain = start(false, false);

        complete(task(TASK_VISIT_HOUSEHOLD, urgent), CaseFixtures.completeVisit());
        complete(task(TASK_VISIT_HOUSEHOLD, plain), CaseFixtures.completeVisit());

        assertThat(managementService().createJobQuery().processInstanceId(urgent.getId()).messages().singleResult().getPriority())
                .isEqualTo(100L);
        assertThat(job(BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE, urgent).getPriority()).isEqualTo(100L);
        assertThat(managementService().createJobQuery().processInstanceId(plain.getId()).messages().singleResult().getPriority())
                .isEqualTo(50L);
    }

    private ProcessInstance start(boolean urgent, boolean relatedToStaff) {
        // the start variables a registration writes (issue 15 §9): IDs, flags, counters and the summary
        Map<String, Object> variables = new HashMap<>(FastProcess.vars(
                CASE_ID, 42L, CASE_NUMBER, "QY-2026-0042", TOWNSHIP_CODE, TOWNSHIP,
                VILLAGE_CODE, VILLAGE, URGENT, urgent,
                RELATED_TO_STAFF, relatedToStaff, REGISTERED_AT, REGISTRATION_TIME,
                VISIT_COUNT, 0, FAILED_VISITS, 0, TOWNSHIP_AID_CAP, 1000.0, DIBAO_STANDARD, 700.0));
        variables.putAll(CaseSummaries.variables("乔木乡", "乔木村", "王大山"));
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "QY-2026-0042", variables);
    }
}
