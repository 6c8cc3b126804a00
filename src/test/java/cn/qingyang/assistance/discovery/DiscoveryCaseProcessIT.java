package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.intake.ReportIntakeProcess;

import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.workflow.IncompleteTaskException;

import cn.qingyang.assistance.crypto.BlindIndex;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.ledger.FollowUpProcess;
import cn.qingyang.assistance.traceability.Proves;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path through DiscoveryCase (and the Tasklist report form, ReportIntake), driven
 * as the workers would: reports registered through the real service, tasks completed with the
 * values their forms submit, async steps and timers run by executing their jobs.
 */
@IntegrationTest
class DiscoveryCaseProcessIT {

    @Autowired
    BlindIndex index;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationService registration;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance open(boolean urgent, boolean relatedToStaff) {
        String caseNumber = registration.register(report(newIdNumber(), urgent, relatedToStaff), QIAOMU_CASEWORKER).caseNumber();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private long caseId(ProcessInstance pi) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(CASE_ID)
                .singleResult().getValue();
    }

    private String caseStatus(ProcessInstance pi) {
        return jdbc.sql("SELECT status FROM discovery_case WHERE id = :id").param("id", caseId(pi)).query(String.class).single();
    }

    private long count(String sql, ProcessInstance pi) {
        return jdbc.sql(sql).param("case", caseId(pi)).query(Long.class).single();
    }

    /**
     * After the join, for a household the visit found above every line: classification, no route,
     * the policy explained, the ledger (an async step) and closing.
     */
    private void finishAfterJoin(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_ExplainPolicy");
        complete(task("Task_ExplainPolicy", pi), Map.of(AssistanceProcesses.INFORMED_HOW, "IN_PERSON",
                AssistanceProcesses.POLICY_EXPLAINED, "人均收入高于低保标准，暂不符合条件；讲解了临时救助申请渠道",
                AssistanceProcesses.STILL_IN_HARDSHIP, "YES"));
        finishLedger(pi);
    }

    private void finishLedger(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_EnterLedger");
        execute(job("Task_EnterLedger", pi));
        assertThat(pi).isEnded().hasPassed("Task_ClassifyHardship", "Task_RouteAssistance", "Task_CloseCase", "EndEvent_CaseClosed");
    }

    @Proves({"N4", "N6", "N8"})
    @Test
    void nonUrgentCaseIsVisitedClassifiedAndEntersTheLedger() {
        ProcessInstance pi = open(false, false);
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
        assertThat(task(pi)).hasCandidateGroup("township-341723200").hasName("入户调查评估");

        complete(task(pi), completeVisit());

        finishAfterJoin(pi);
        assertThat(pi).hasNotPassed("Task_ApproveAfterwards", "Task_GrantEmergencyAid", "Task_CountyHomeVisit");
        Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED");
        var entry = jdbc.sql("SELECT category, urgent, causes, measures, next_follow_up FROM ledger_entry "
                + "WHERE case_id = :case AND kind = 'CLASSIFIED'").param("case", caseId(pi)).query().singleRow();
        Assertions.assertThat(entry.get("category")).isEqualTo("SPECIAL");
        Assertions.assertThat(entry.get("urgent")).isEqualTo(false);
        Assertions.assertThat(entry.get("causes")).isEqualTo("01,04");
        Assertions.assertThat((String) entry.get("measures")).contains("不符合现行救助条件").contains("纳入台账定期回访");
        Assertions.assertThat(entry.get("next_follow_up")).isNotNull();
        assertThat(pi).hasPassed("Task_ExplainPolicy").hasNotPassed("Task_GuideApplication", "CallActivity_Dibao");
        Assertions.assertThat(jdbc.sql("SELECT category FROM discovery_case WHERE id = :id").param("id", caseId(pi))
                .query(String.class).single()).isEqualTo("SPECIAL");
    }

    @Proves({"N8", "N9"})
    @Test
    void urgentReportIsAidedBeforeApproval() {
        ProcessInstance pi = open(true, false);
        assertThat(pi).isWaitingAt("Task_GrantEmergencyAid", "Task_VisitHousehold");

        complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 2000L, AID_PURPOSE, "购买药品和口粮"));
        assertThat(pi).isWaitingAt("Task_RecordEmergencyAid");
        execute(job("Task_RecordEmergencyAid", pi));
        Assertions.assertThat(count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case", pi)).isOne();
        Assertions.assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND kind = 'URGENT'", pi)).isOne();
        assertThat(pi).hasNotPassed("Task_ApproveEmergencyAidByCounty");

        complete(task("Task_VisitHousehold", pi), completeVisit());
        assertThat(pi).isWaitingAt("Task_ApproveAfterwards");
        assertThat(task(pi)).hasCandidateGroup("township-341723200-leader");
        complete(task(pi), Map.of(POST_APPROVAL_DECISION, "APPROVED", POST_APPROVAL_OPINION, "手续齐全，同意"));

        finishAfterJoin(pi);
        Assertions.assertThat(count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case AND post_approved_at IS NOT NULL", pi)).isOne();
        Assertions.assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND urgent = TRUE", pi)).isEqualTo(2);
    }

    @Proves("T-aid-cap-10x")
    @Test
    void aidAboveTheTownshipCapWaitsForTheCounty() {
        ProcessInstance pi = open(true, false);
        complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "IN_KIND", AID_AMOUNT, 9000.0, AID_PURPOSE, "房屋倒塌，临时安置"));
        assertThat(pi).isWaitingAt("Task_ApproveEmergencyAidByCounty", "Task_VisitHousehold");
        assertThat(task("Task_ApproveEmergencyAidByCounty", pi)).hasCandidateGroup("county-civil-affairs");

        complete(task("Task_ApproveEmergencyAidByCounty", pi), Map.of(COUNTY_AID_DECISION, "REJECTED",
                COUNTY_AID_OPINION, "金额过高，请按实际需要调整"));
        assertThat(pi).isWaitingAt("Task_GrantEmergencyAid");
        complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "IN_KIND", AID_AMOUNT, 9000.0, AID_PURPOSE, "房屋倒塌，临时安置"));
        complete(task("Task_ApproveEmergencyAidByCounty", pi), Map.of(COUNTY_AID_DECISION, "APPROVED", COUNTY_AID_OPINION, "同意"));
        execute(job("Task_RecordEmergencyAid", pi));

        Assertions.assertThat(count("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case AND county_approved = TRUE", pi)).isOne();
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
    }

    @Test
    void countyRefusalWithoutReasonsIsRejected() {
        ProcessInstance pi = open(true, false);
        complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 9000L, AID_PURPOSE, "医疗费"));
        var approval = task("Task_ApproveEmergencyAidByCounty", pi);
        assertThatThrownBy(() -> complete(approval, Map.of(COUNTY_AID_DECISION, "REJECTED", COUNTY_AID_OPINION, " ")))
                .hasMessageContaining("不同意时须写明理由");
        assertThatThrownBy(() -> complete(approval, Map.of(COUNTY_AID_OPINION, "同意")))
                .hasMessageContaining("请选择审批结果");
        assertThat(pi).isWaitingAt("Task_ApproveEmergencyAidByCounty");
    }

    @Test
    void firstAidWithoutAmountOrPurposeIsRejected() {
        ProcessInstance pi = open(true, false);
        assertThatThrownBy(() -> complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 0L)))
                .hasMessageContaining("救助金额应大于 0").hasMessageContaining("请填写救助用途");
        assertThatThrownBy(() -> complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_AMOUNT, "一千", AID_PURPOSE, "x")))
                .hasMessageContaining("请选择救助方式").hasMessageContaining("救助金额应为数字");
        assertThat(pi).isWaitingAt("Task_GrantEmergencyAid");
    }

    @Proves("T-aid-24h")
    @Test
    void overdueFirstAidIsEscalatedToTheLeaderAndStaysOpen() {
        ProcessInstance pi = open(true, false);
        execute(job("BoundaryEvent_EmergencyAidOverdue", pi));
        assertThat(pi).isWaitingAt("Task_GrantEmergencyAid", "Task_ExpediteEmergencyAid", "Task_VisitHousehold");
        assertThat(task("Task_ExpediteEmergencyAid", pi)).hasCandidateGroup("township-341723200-leader");
        complete(task("Task_ExpediteEmergencyAid", pi), Map.of(EXPEDITE_NOTE, "今日 18 时前发放到位"));
        assertThat(pi).hasPassed("EndEvent_ExpediteDone").isWaitingAt("Task_GrantEmergencyAid");
    }

    @Proves("N9")
    @Test
    void refusedPostApprovalOpensACorrection() {
        ProcessInstance pi = open(true, false);
        complete(task("Task_GrantEmergencyAid", pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 500L, AID_PURPOSE, "口粮"));
        execute(job("Task_RecordEmergencyAid", pi));
        complete(task("Task_VisitHousehold", pi), completeVisit());

        complete(task("Task_ApproveAfterwards", pi), Map.of(POST_APPROVAL_DECISION, "REJECTED",
                POST_APPROVAL_OPINION, "缺少领款人签字"));
        assertThat(pi).isWaitingAt("Task_CorrectEmergencyAid");
        assertThat(task(pi)).hasCandidateGroup("township-341723200");
        complete(task(pi), Map.of(CORRECTION_NOTE, "已补签字"));
        assertThat(pi).isWaitingAt("Task_ApproveAfterwards");
        complete(task(pi), Map.of(POST_APPROVAL_DECISION, "APPROVED", POST_APPROVAL_OPINION, "同意"));

        finishAfterJoin(pi);
        assertThat(pi).hasPassed("Task_CorrectEmergencyAid", "Task_RecordPostApproval");
    }

    @Proves({"N4a", "T-search-3-visits"})
    @Test
    void personNotSeenThreeTimesGoesToTheLeaderAndTheSearchGoesOn() {
        ProcessInstance pi = open(false, false);
        for (int visit = 1; visit <= 2; visit++) {
            complete(task(pi), notSeenVisit());
            assertThat(pi).isWaitingAt("Task_VisitHousehold");
        }
        Assertions.assertThat(runtime.getVariable(pi.getId(), FAILED_VISITS)).isEqualTo(2);
        complete(task(pi), notSeenVisit());
        assertThat(pi).isWaitingAt("Task_CoordinateSearch");
        assertThat(task(pi)).hasCandidateGroup("township-341723200-leader");
        Assertions.assertThat(count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case AND person_seen = FALSE", pi)).isEqualTo(3);

        complete(task(pi), Map.of(SEARCH_OUTCOME, "FOUND", SEARCH_NOTE, "经村委会联系，本人已返乡"));
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
        complete(task(pi), completeVisit());
        finishAfterJoin(pi);
    }

    @Proves("N4a")
    @Test
    void onlyADocumentedDeathOrMoveEndsTheSearch() {
        ProcessInstance pi = open(false, false);
        for (int visit = 1; visit <= 3; visit++) {
            complete(task(pi), notSeenVisit());
        }
        assertThatThrownBy(() -> complete(task(pi), Map.of(SEARCH_OUTCOME, "MOVED_AWAY")))
                .hasMessageContaining("走访到户不见人不放过").hasMessageContaining("佐证材料");
        assertThat(pi).isWaitingAt("Task_CoordinateSearch");

        complete(task(pi), Map.of(SEARCH_OUTCOME, "MOVED_AWAY", SEARCH_EVIDENCE, "户籍迁移证明（皖公迁字 2026-0123）"));

        assertThat(pi).isEnded().hasPassed("Task_RecordSearchEnded", "Task_CloseUnfoundCase", "EndEvent_SearchEnded");
        Assertions.assertThat(caseStatus(pi)).isEqualTo("CLOSED");
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'SEARCH_ENDED'")
                .param("case", caseId(pi)).query(String.class).single()).contains("已迁出本县").contains("皖公迁字 2026-0123");
    }

    @Proves("N4b")
    @Test
    void anIncompleteVisitIsRejectedWithWhatIsMissing() {
        ProcessInstance pi = open(false, false);
        Map<String, Object> partial = with(completeVisit(), INCOME_WAGE, null, ADL_WALKING, null, HARDSHIP_DEGREE, "");
        assertThatThrownBy(() -> complete(task(pi), partial))
                .isInstanceOf(IncompleteTaskException.class)
                .hasMessageContaining("情况不调查清楚不放过")
                .hasMessageContaining("请填写工资性收入（没有请填 0）")
                .hasMessageContaining("请选择生活自理能力：室内行走")
                .hasMessageContaining("请选择困难程度");
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
        Assertions.assertThat(count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isZero();
    }

    @Proves("N4c")
    @Test
    void aVisitWithoutCountermeasureIsRejected() {
        ProcessInstance pi = open(false, false);
        assertThatThrownBy(() -> complete(task(pi), with(completeVisit(), COUNTERMEASURES, "  ")))
                .hasMessageContaining("不提出对策建议不放过").hasMessageContaining("请填写对策建议");
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
    }

    @Proves({"N4a", "T-survey-2-staff"})
    @Test
    void aVisitNeedsTwoDifferentInvestigatorsAndAReasonWhenThePersonWasNotSeen() {
        ProcessInstance pi = open(false, false);
        assertThatThrownBy(() -> complete(task(pi), with(notSeenVisit(), INVESTIGATOR_2, "王建华", NOT_SEEN_REASON, null)))
                .hasMessageContaining("至少 2 名不同的工作人员").hasMessageContaining("请填写未见到本人的原因");
    }

    @Proves("N4b")
    @Test
    void moreInvestigationNeededLoopsBackToTheVisit() {
        ProcessInstance pi = open(false, false);
        complete(task(pi), with(completeVisit(), INVESTIGATION_CONCLUSION, "MORE_NEEDED"));
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
        Assertions.assertThat(runtime.getVariable(pi.getId(), VISIT_COUNT)).isEqualTo(1);
        complete(task(pi), completeVisit());
        finishAfterJoin(pi);
        Assertions.assertThat(count("SELECT COUNT(*) FROM home_visit WHERE case_id = :case", pi)).isEqualTo(2);
    }

    @Proves("T-related-county-visit")
    @Test
    void applicantRelatedToStaffGetsACountyHomeVisit() {
        ProcessInstance pi = open(false, true);
        assertThat(pi).isWaitingAt("Task_CountyHomeVisit", "Task_VisitHousehold");
        assertThat(task("Task_CountyHomeVisit", pi)).hasCandidateGroup("county-civil-affairs");
        complete(task("Task_VisitHousehold", pi), completeVisit());
        assertThat(pi).isWaitingAt("Task_CountyHomeVisit");

        complete(task("Task_CountyHomeVisit", pi), Map.of(COUNTY_VISIT_DATE, "2026-11-30",
                COUNTY_VISIT_RESULT, "CONFIRMED", COUNTY_VISIT_FINDINGS, "与乡镇调查一致"));
        finishAfterJoin(pi);
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'COUNTY_VISIT'")
                .param("case", caseId(pi)).query(String.class).single()).isEqualTo("情况属实：与乡镇调查一致");
    }

    @Proves("N3")
    @Test
    void theTasklistReportFormOpensACaseLikeTheApi() {
        String idNumber = newIdNumber();
        ProcessInstance intake;
        identity.setAuthentication("lingtang-collector", List.of("village-341723200201"));
        try {
            intake = runtime.startProcessInstanceByKey(ReportIntakeProcess.PROCESS_KEY, Map.of(
                    CHANNEL, "village_sweep", PERSON_NAME, "刘小花", ReportIntakeProcess.ID_NUMBER, idNumber,
                    DESCRIPTION, "因病致贫", URGENT, false, RELATED_TO_STAFF, false));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(intake).isEnded().hasPassed("Task_RegisterReport", "EndEvent_ReportRegistered");
        Assertions.assertThat(intake.getTenantId()).as("the collector's township").isEqualTo("341723200");
        String caseNumber = jdbc.sql("SELECT c.case_number FROM discovery_case c JOIN person p ON p.id = c.person_id "
                + "WHERE p.id_number_index = :id").param("id", index.of(idNumber)).query(String.class).single();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(ReportIntakeProcess.ID_NUMBER).count()).as("no full ID number in history").isZero();
        Assertions.assertThat(history.createHistoricDetailQuery().processInstanceId(intake.getId()).list())
                .noneMatch(detail -> detail.toString().contains(idNumber.substring(6, 14)));
    }

    // ---- clause 5 and 7: apply, assist, decide -------------------------------------------------

    /** A case whose visit leads to the given routes: registered, visited, classified and routed. */
    private ProcessInstance routedCase(Object... visitOverrides) {
        ProcessInstance pi = open(false, false);
        complete(task(pi), with(completeVisit(), visitOverrides));
        return pi;
    }

    private ProcessInstance called(ProcessInstance pi, String key) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).processDefinitionKey(key).singleResult();
    }

    private void guideApplication(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_GuideApplication");
        assertThat(task(pi)).hasCandidateGroup("township-341723200");
        complete(task(pi), Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                AssistanceProcesses.APPLICATION_CHANNEL, "ONLINE", AssistanceProcesses.APPLICATION_NOTE, "已指导本人网上申请，材料齐全"));
    }

    private String decision(ProcessInstance pi, String kind, String column) {
        return jdbc.sql("SELECT " + column + " FROM assistance_decision WHERE case_id = :case AND kind = :kind")
                .param("case", caseId(pi)).param("kind", kind).query(String.class).single();
    }

    /** What went out to outside systems for the case on a channel (DEPARTMENT_NOTICE, PAYMENT_RECORD, SMS). */
    private java.util.List<String> outbound(ProcessInstance pi, String channel) {
        return jdbc.sql("SELECT payload FROM outbound_message WHERE case_id = :case AND channel = :channel")
                .param("case", caseId(pi)).param("channel", channel).query(String.class).list();
    }

    private String ledgerMeasures(ProcessInstance pi) {
        return jdbc.sql("SELECT measures FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                .param("case", caseId(pi)).query(String.class).single();
    }

    @Proves({"N5", "N7-referral", "T-dibao-publicity-7d"})
    @Test
    void dibaoIsReviewedPublicisedForSevenDaysAndConfirmedWhileTheDepartmentAnswersItsReferral() {
        ProcessInstance pi = routedCase(INCOME_TRANSFER, 900.0, MEDICAL_NEED, true);
        Assertions.assertThat(runtime.getVariable(pi.getId(), AssistanceProcesses.ROUTE_CODES)).isEqualTo("DIBAO,REFERRAL_MEDICAL");
        guideApplication(pi);
        assertThat(pi).isWaitingAt("CallActivity_Dibao", "CallActivity_Referral");

        ProcessInstance dibao = called(pi, AssistanceProcesses.DIBAO_KEY);
        Assertions.assertThat(dibao.getBusinessKey()).isEqualTo(runtime.getVariable(pi.getId(), CASE_NUMBER));
        Assertions.assertThat(dibao.getTenantId()).isEqualTo("341723200");
        complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "人均收入 450 元，低于低保标准", AssistanceProcesses.WHOLE_HOUSEHOLD, false));
        assertThat(dibao).as("publicity: waiting for the 7 days to pass or an objection").isWaitingAt("Gateway_Publicity");
        execute(job("IntermediateEvent_PublicityEnded", dibao));
        assertThat(task(dibao)).hasCandidateGroup("county-civil-affairs").hasDefinitionKey("Task_ConfirmDibao");
        assertThatThrownBy(() -> complete(task(dibao), Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "APPROVED",
                AssistanceProcesses.COUNTY_DIBAO_OPINION, "同意"))).hasMessageContaining("须填写月保障金额");
        complete(task(dibao), Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "APPROVED",
                AssistanceProcesses.DIBAO_MONTHLY_AMOUNT, 720.0, AssistanceProcesses.COUNTY_DIBAO_OPINION, "同意纳入"));
        execute(job("Task_RecordDibaoDecision", dibao));
        assertThat(dibao).isEnded().hasPassed("EndEvent_DibaoApproved");

        ProcessInstance referral = called(pi, AssistanceProcesses.REFERRAL_KEY);
        assertThat(referral).as("the department is notified by an async job").isWaitingAt("Task_NotifyDepartment");
        execute(job("Task_NotifyDepartment", referral));
        Assertions.assertThat(outbound(pi, "DEPARTMENT_NOTICE")).singleElement().asString().contains("县医疗保障局", "15 个工作日");
        assertThat(task(referral)).hasCandidateGroup("dept-medical");
        complete(task(referral), Map.of(AssistanceProcesses.REFERRAL_RESULT, "ACCEPTED",
                AssistanceProcesses.REFERRAL_ANSWER, "已纳入医疗救助，门诊费用按 70% 报销"));
        assertThat(referral).isEnded().hasPassed("EndEvent_ReferralAnswered");

        finishLedger(pi);
        Assertions.assertThat(decision(pi, "DIBAO", "outcome")).isEqualTo("APPROVED");
        Assertions.assertThat(decision(pi, "DIBAO", "amount")).isEqualTo("720.00");
        Assertions.assertThat(jdbc.sql("SELECT status FROM referral WHERE case_id = :case AND department = 'dept-medical'")
                .param("case", caseId(pi)).query(String.class).single()).isEqualTo("ACCEPTED");
        Assertions.assertThat(ledgerMeasures(pi)).contains("申请低保").contains("转介医疗救助").contains("低保已批准");
    }

    @Proves({"N10", "T-dibao-refusal-3d"})
    @Test
    void anObjectionDuringPublicityReopensTheInvestigationAndARefusalIsNotifiedInWriting() {
        ProcessInstance pi = routedCase(INCOME_TRANSFER, 900.0);
        guideApplication(pi);
        ProcessInstance dibao = called(pi, AssistanceProcesses.DIBAO_KEY);
        complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "符合条件", AssistanceProcesses.WHOLE_HOUSEHOLD, false));

        runtime.createMessageCorrelation(AssistanceProcesses.MSG_PUBLICITY_OBJECTION)
                .processInstanceBusinessKey(dibao.getBusinessKey())
                .setVariable(AssistanceProcesses.OBJECTION_TEXT, "群众反映其子女在县城经营门店，收入较高").correlate();
        assertThat(dibao).isWaitingAt("Task_VerifyObjection");
        complete(task(dibao), with(completeVisit(), INCOME_TRANSFER, 900.0, INCOME_BUSINESS, 6000.0,
                FINDINGS, "核实：子女经营门店，月净收入约 6000 元"));
        assertThat(dibao).isWaitingAt("Task_ReviewDibao");
        assertThatThrownBy(() -> complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "REJECT",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, ""))).hasMessageContaining("请填写审核意见");
        complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "REJECT",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "家庭人均收入超过低保标准"));
        assertThat(task(dibao)).hasDefinitionKey("Task_NotifyDibaoRefusal").hasCandidateGroup("township-341723200");
        complete(task(dibao), Map.of(AssistanceProcesses.REFUSAL_REASONS, "家庭人均收入超过低保标准",
                AssistanceProcesses.NOTIFY_METHOD, "WRITTEN", AssistanceProcesses.NOTIFIED_ON, "2026-12-01"));

        assertThat(dibao).isEnded().hasPassed("Task_RecordObjection", "Task_RecordObjectionVisit", "EndEvent_DibaoRefused");
        finishLedger(pi);
        Assertions.assertThat(decision(pi, "DIBAO", "outcome")).isEqualTo("REFUSED");
        Assertions.assertThat(ledgerMeasures(pi)).contains("低保未予批准");
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'DIBAO_OBJECTION'")
                .param("case", caseId(pi)).query(String.class).single()).contains("经营门店");
    }

    @Proves({"N7-whole-household", "N10"})
    @Test
    void theCountyMayRefuseToConfirmDibao() {
        ProcessInstance pi = routedCase(INCOME_TRANSFER, 900.0);
        guideApplication(pi);
        ProcessInstance dibao = called(pi, AssistanceProcesses.DIBAO_KEY);
        complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "符合条件", AssistanceProcesses.WHOLE_HOUSEHOLD, true));
        execute(job("IntermediateEvent_PublicityEnded", dibao));
        complete(task(dibao), Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "REJECTED",
                AssistanceProcesses.COUNTY_DIBAO_OPINION, "抽查发现有机动车一辆，不符合条件"));
        assertThat(dibao).isWaitingAt("Task_NotifyDibaoRefusal");
        complete(task(dibao), Map.of(AssistanceProcesses.REFUSAL_REASONS, "家庭拥有机动车",
                AssistanceProcesses.NOTIFY_METHOD, "IN_PERSON", AssistanceProcesses.NOTIFIED_ON, "2026-12-02"));
        assertThat(dibao).isEnded().hasPassed("EndEvent_DibaoRefused").hasNotPassed("Task_RecordDibaoDecision");
        finishLedger(pi);
    }

    private ProcessInstance temporaryCase() {
        ProcessInstance pi = routedCase(TEMPORARY_NEED, true, CAN_APPLY_THEMSELVES, "NO");
        assertThat(pi).isWaitingAt("Task_AssistApplication");
        assertThat(task(pi)).as("the village 协理员 applies for them").hasCandidateGroup("village-341723200201");
        complete(task(pi), Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                AssistanceProcesses.APPLICATION_CHANNEL, "PAPER", AssistanceProcesses.APPLICATION_NOTE, "协理员代为提交书面申请"));
        return pi;
    }

    @Proves({"N5", "N7-temporary", "T-temporary-county"})
    @Test
    void temporaryAssistanceWithinTheTownshipCapIsPaid() {
        ProcessInstance pi = temporaryCase();
        ProcessInstance temporary = called(pi, AssistanceProcesses.TEMPORARY_KEY);
        complete(task(temporary), Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 1500.0, AssistanceProcesses.TEMPORARY_REASON,
                "突发火灾，生活用品损毁", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "同意"));
        execute(job("Task_RecordTemporaryPayment", temporary));
        execute(job("Task_SendPaymentRecord", temporary));
        execute(job("Task_NotifyPaid", temporary));
        assertThat(temporary).isEnded().hasPassed("EndEvent_TemporaryPaid").hasNotPassed("Task_ApproveTemporaryByCounty");
        finishLedger(pi);
        Assertions.assertThat(decision(pi, "TEMPORARY", "outcome")).isEqualTo("PAID");
        Assertions.assertThat(outbound(pi, "PAYMENT_RECORD")).as("the finance system gets the payment once")
                .singleElement().asString().contains("1500", "突发火灾");
        Assertions.assertThat(outbound(pi, "SMS")).singleElement().asString().contains("临时救助申请已批准", "乔木乡");
        Assertions.assertThat(ledgerMeasures(pi)).contains("临时救助已发放");
    }

    @Proves({"N7-temporary", "T-temporary-county"})
    @Test
    void temporaryAssistanceAboveTheCapIsApprovedByTheCounty() {
        ProcessInstance pi = temporaryCase();
        ProcessInstance temporary = called(pi, AssistanceProcesses.TEMPORARY_KEY);
        complete(task(temporary), Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 9000.0, AssistanceProcesses.TEMPORARY_REASON,
                "重病住院，自付费用高", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "超出乡镇权限，报县局"));
        assertThat(task(temporary)).hasDefinitionKey("Task_ApproveTemporaryByCounty").hasCandidateGroup("county-civil-affairs");
        complete(task(temporary), Map.of(AssistanceProcesses.COUNTY_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.COUNTY_TEMPORARY_OPINION, "同意"));
        execute(job("Task_RecordTemporaryPayment", temporary));
        execute(job("Task_SendPaymentRecord", temporary));
        execute(job("Task_NotifyPaid", temporary));
        assertThat(temporary).isEnded().hasPassed("EndEvent_TemporaryPaid");
        finishLedger(pi);
        Assertions.assertThat(decision(pi, "TEMPORARY", "amount")).isEqualTo("9000.00");
    }

    @Proves("N10")
    @Test
    void temporaryAssistanceRefusedByTheCountyOrTheTownshipIsRecordedWithReasons() {
        ProcessInstance byCounty = temporaryCase();
        ProcessInstance temporary = called(byCounty, AssistanceProcesses.TEMPORARY_KEY);
        complete(task(temporary), Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 9000.0, AssistanceProcesses.TEMPORARY_REASON,
                "房屋修缮", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED", AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "报县局"));
        complete(task(temporary), Map.of(AssistanceProcesses.COUNTY_TEMPORARY_DECISION, "REJECTED",
                AssistanceProcesses.COUNTY_TEMPORARY_OPINION, "请转介住房救助"));
        execute(job("Task_NotifyRefused", temporary));
        assertThat(temporary).isEnded().hasPassed("EndEvent_TemporaryRefused");
        Assertions.assertThat(outbound(byCounty, "SMS")).singleElement().asString().contains("不予批准", "申请复核");
        Assertions.assertThat(outbound(byCounty, "PAYMENT_RECORD")).isEmpty();
        finishLedger(byCounty);
        Assertions.assertThat(decision(byCounty, "TEMPORARY", "detail")).contains("县局意见：请转介住房救助");

        ProcessInstance byTownship = temporaryCase();
        ProcessInstance refused = called(byTownship, AssistanceProcesses.TEMPORARY_KEY);
        complete(task(refused), Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 300.0, AssistanceProcesses.TEMPORARY_REASON,
                "日常开支", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "REJECTED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "不属于突发性困难"));
        execute(job("Task_NotifyRefused", refused));
        assertThat(refused).isEnded().hasPassed("EndEvent_TemporaryRefused").hasNotPassed("Task_ApproveTemporaryByCounty");
        finishLedger(byTownship);
        Assertions.assertThat(ledgerMeasures(byTownship)).contains("临时救助未予批准");
    }

    @Proves("N7-care")
    @Test
    void aDisabledExtremePovertyPersonAtRiskIsCaredForCentrally() {
        ProcessInstance pi = routedCase(EXTREME_POVERTY_PERSON, true, RIGHTS_AT_RISK, true, WILLING_CENTRAL_CARE, true);
        guideApplication(pi);
        ProcessInstance care = called(pi, AssistanceProcesses.CARE_KEY);
        assertThat(task(care)).hasDefinitionKey("Task_ArrangeCentralCare");
        complete(task(care), Map.of(AssistanceProcesses.INSTITUTION_NAME, "乔木乡敬老院", AssistanceProcesses.ADMISSION_DATE, "2026-12-05"));
        assertThat(care).isEnded().hasPassed("EndEvent_CareArranged");
        finishLedger(pi);
        Assertions.assertThat(jdbc.sql("SELECT kind || ':' || institution_name FROM care_arrangement WHERE case_id = :case")
                .param("case", caseId(pi)).query(String.class).single()).isEqualTo("CENTRAL_CARE:乔木乡敬老院");
    }

    @Proves("N7-care")
    @Test
    void anUnwillingPersonGetsMaterialAndServiceUnderACareAgreement() {
        ProcessInstance pi = routedCase(EXTREME_POVERTY_PERSON, true, RIGHTS_AT_RISK, true, WILLING_CENTRAL_CARE, false);
        guideApplication(pi);
        ProcessInstance care = called(pi, AssistanceProcesses.CARE_KEY);
        complete(task(care), Map.of(AssistanceProcesses.CAREGIVER_NAME, "王小芳", AssistanceProcesses.CAREGIVER_PHONE, "13900000000",
                AssistanceProcesses.CARE_DUTIES, "每日送餐、协助洗澡、打扫卫生", AssistanceProcesses.VISIT_FREQUENCY, "每日一次",
                AssistanceProcesses.AGREEMENT_DATE, "2026-12-01"));
        assertThat(care).isEnded().hasPassed("Task_SignCareAgreement");
        finishLedger(pi);
        Assertions.assertThat(jdbc.sql("SELECT visit_frequency FROM care_arrangement WHERE case_id = :case AND kind = 'MATERIAL_SERVICE'")
                .param("case", caseId(pi)).query(String.class).single()).isEqualTo("每日一次");
    }

    @Proves("N7-monitoring")
    @Test
    void aLowIncomeHouseholdIsEnrolledInMonitoringWithoutAnApplication() {
        ProcessInstance pi = routedCase(INCOME_TRANSFER, 2000.0);
        finishLedger(pi);
        assertThat(pi).hasPassed("Task_EnrolMonitoring").hasNotPassed("Task_GuideApplication", "Task_AssistApplication");
        Assertions.assertThat(count("SELECT COUNT(*) FROM monitoring_enrolment WHERE case_id = :case", pi)).isOne();
    }

    @Proves("N7-referral")
    @Test
    void aReferralUnansweredForFifteenWorkingDaysIsEscalatedToTheCounty() {
        ProcessInstance pi = routedCase(HOUSING_NEED, true);
        ProcessInstance referral = called(pi, AssistanceProcesses.REFERRAL_KEY);
        execute(job("Task_NotifyDepartment", referral));
        assertThat(task(referral)).hasCandidateGroup("dept-housing");
        execute(job("BoundaryEvent_ReferralOverdue", referral));
        assertThat(referral).isWaitingAt("Task_AnswerReferral", "Task_EscalateReferral");
        complete(task("Task_EscalateReferral", referral), Map.of(AssistanceProcesses.REFERRAL_ESCALATION_NOTE, "请住建局三日内答复"));
        complete(task("Task_AnswerReferral", referral), Map.of(AssistanceProcesses.REFERRAL_RESULT, "DECLINED",
                AssistanceProcesses.REFERRAL_ANSWER, "已享受农村危房改造，不重复救助"));
        assertThat(referral).isEnded().hasPassed("EndEvent_ReferralEscalated", "EndEvent_ReferralAnswered");
        finishLedger(pi);
    }

    @Proves("N8")
    @Test
    void aPersonNoLongerInHardshipStaysInTheLedgerWithoutFollowUp() {
        ProcessInstance pi = routedCase();
        complete(task("Task_ExplainPolicy", pi), Map.of(AssistanceProcesses.INFORMED_HOW, "PHONE",
                AssistanceProcesses.POLICY_EXPLAINED, "已告知不符合条件的原因", AssistanceProcesses.STILL_IN_HARDSHIP, "NO"));
        finishLedger(pi);
        var entry = jdbc.sql("SELECT status, next_follow_up FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                .param("case", caseId(pi)).query().singleRow();
        Assertions.assertThat(entry.get("status")).isEqualTo("CLOSED");
        Assertions.assertThat(entry.get("next_follow_up")).isNull();
        Assertions.assertThat(followUpOf(pi)).as("no follow-up without hardship").isNull();
    }

    // ---- clause 6 and 8: follow-up visits of the ledger ----------------------------------------

    private ProcessInstance followUpOf(ProcessInstance pi) {
        String caseNumber = (String) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(CASE_NUMBER).singleResult().getValue();
        return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String entryStatus(ProcessInstance pi) {
        return jdbc.sql("SELECT status FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                .param("case", caseId(pi)).query(String.class).single();
    }

    private void visitAgain(ProcessInstance followUp, String outcome) {
        assertThat(followUp).isWaitingAt("IntermediateEvent_FollowUpDue");
        execute(job("IntermediateEvent_FollowUpDue", followUp));
        assertThat(task(followUp)).hasName("定期回访").hasCandidateGroup("village-341723200201");
        complete(task(followUp), Map.of(FollowUpProcess.FOLLOW_UP_DATE, "2026-12-30", FollowUpProcess.FOLLOW_UP_OUTCOME, outcome,
                FollowUpProcess.FOLLOW_UP_NOTE, "回访记录：" + outcome));
    }

    @Proves({"N6", "N8", "T-follow-up-cadence"})
    @Test
    void aSpecialHardshipIsVisitedMonthlyUntilItIsResolved() {
        ProcessInstance pi = open(false, false);
        complete(task(pi), completeVisit());
        finishAfterJoin(pi);
        ProcessInstance followUp = followUpOf(pi);
        Assertions.assertThat(followUp.getTenantId()).isEqualTo("341723200");

        visitAgain(followUp, "UNCHANGED");
        visitAgain(followUp, "RESOLVED");

        assertThat(followUp).isEnded().hasPassed("Task_CloseEntry", "EndEvent_EntryClosed");
        Assertions.assertThat(entryStatus(pi)).isEqualTo("CLOSED");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_visit v JOIN ledger_entry l ON l.id = v.ledger_entry_id "
                + "WHERE l.case_id = :case").param("case", caseId(pi)).query(Long.class).single()).isEqualTo(2);
    }

    @Proves("T-follow-up-cadence")
    @Test
    void aTemporaryHardshipIsFollowedUpOnce() {
        ProcessInstance pi = routedCase(HEALTH_STATUS, "HEALTHY", LABOUR_CAPACITY, "FULL", HARDSHIP_DEGREE, "MODERATE", CAUSE_1, "02");
        finishAfterJoin(pi);
        Assertions.assertThat(runtime.getVariable(followUpOf(pi).getId(), FOLLOW_UP_CYCLE)).isEqualTo("R1/P1M");
        ProcessInstance followUp = followUpOf(pi);
        visitAgain(followUp, "UNCHANGED");
        assertThat(followUp).isEnded().hasPassed("EndEvent_EntryClosed");
        Assertions.assertThat(entryStatus(pi)).isEqualTo("CLOSED");
    }

    @Proves("N8")
    @Test
    void aWorseningFoundOnFollowUpOpensANewCaseForReassessment() {
        ProcessInstance pi = open(false, false);
        complete(task(pi), completeVisit());
        finishAfterJoin(pi);
        ProcessInstance followUp = followUpOf(pi);
        visitAgain(followUp, "WORSE");
        assertThat(followUp).isEnded().hasPassed("Task_ReportWorse", "EndEvent_Reassessed");
        String reopened = (String) history.createHistoricVariableInstanceQuery().processInstanceId(followUp.getId())
                .variableName(cn.qingyang.assistance.ledger.FollowUpReporter.REOPENED_CASE_NUMBER).singleResult().getValue();
        Assertions.assertThat(reopened).isNotEqualTo(followUp.getBusinessKey());
        ProcessInstance again = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reopened)
                .processDefinitionKey(PROCESS_KEY).singleResult();
        assertThat(again).isWaitingAt("Task_VisitHousehold");
    }

    @Proves("N6")
    @Test
    void anOverdueFollowUpIsEscalatedToTheLeader() {
        ProcessInstance pi = open(false, false);
        complete(task(pi), completeVisit());
        finishAfterJoin(pi);
        ProcessInstance followUp = followUpOf(pi);
        execute(job("IntermediateEvent_FollowUpDue", followUp));
        execute(job("BoundaryEvent_FollowUpOverdue", followUp));
        assertThat(task("Task_EscalateFollowUp", followUp)).hasCandidateGroup("township-341723200-leader");
        complete(task("Task_EscalateFollowUp", followUp), Map.of(FollowUpProcess.FOLLOW_UP_ESCALATION_NOTE, "三日内完成回访"));
        assertThat(followUp).hasPassed("EndEvent_FollowUpEscalated").isWaitingAt("Task_FollowUpVisit");
    }
}
