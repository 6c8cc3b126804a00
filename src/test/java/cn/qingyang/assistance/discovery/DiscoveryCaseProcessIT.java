package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
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

    /** After the join: classification, routing, the ledger (an async step) and closing. */
    private void finishAfterJoin(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_EnterLedger");
        execute(job("Task_EnterLedger", pi));
        assertThat(pi).isEnded().hasPassed("Task_ClassifyHardship", "Task_RouteAssistance", "Task_CloseCase", "EndEvent_CaseClosed");
    }

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
        Assertions.assertThat((String) entry.get("measures")).contains("申请低保").contains("转介医疗救助").contains("引导申请低保");
        Assertions.assertThat(entry.get("next_follow_up")).isNotNull();
        Assertions.assertThat(jdbc.sql("SELECT category FROM discovery_case WHERE id = :id").param("id", caseId(pi))
                .query(String.class).single()).isEqualTo("SPECIAL");
    }

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

    @Test
    void overdueFirstAidIsEscalatedToTheLeaderAndStaysOpen() {
        ProcessInstance pi = open(true, false);
        execute(job("BoundaryEvent_EmergencyAidOverdue", pi));
        assertThat(pi).isWaitingAt("Task_GrantEmergencyAid", "Task_ExpediteEmergencyAid", "Task_VisitHousehold");
        assertThat(task("Task_ExpediteEmergencyAid", pi)).hasCandidateGroup("township-341723200-leader");
        complete(task("Task_ExpediteEmergencyAid", pi), Map.of(EXPEDITE_NOTE, "今日 18 时前发放到位"));
        assertThat(pi).hasPassed("EndEvent_ExpediteDone").isWaitingAt("Task_GrantEmergencyAid");
    }

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

    @Test
    void aVisitWithoutCountermeasureIsRejected() {
        ProcessInstance pi = open(false, false);
        assertThatThrownBy(() -> complete(task(pi), with(completeVisit(), COUNTERMEASURES, "  ")))
                .hasMessageContaining("不提出对策建议不放过").hasMessageContaining("请填写对策建议");
        assertThat(pi).isWaitingAt("Task_VisitHousehold");
    }

    @Test
    void aVisitNeedsTwoDifferentInvestigatorsAndAReasonWhenThePersonWasNotSeen() {
        ProcessInstance pi = open(false, false);
        assertThatThrownBy(() -> complete(task(pi), with(notSeenVisit(), INVESTIGATOR_2, "王建华", NOT_SEEN_REASON, null)))
                .hasMessageContaining("至少 2 名不同的工作人员").hasMessageContaining("请填写未见到本人的原因");
    }

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

    @Test
    void theTasklistReportFormOpensACaseLikeTheApi() {
        String idNumber = newIdNumber();
        ProcessInstance intake;
        identity.setAuthentication("lingtang-collector", List.of("village-341723200201"));
        try {
            intake = runtime.startProcessInstanceByKey(INTAKE_PROCESS_KEY, Map.of(
                    CHANNEL, "village_sweep", PERSON_NAME, "刘小花", INTAKE_ID_NUMBER, idNumber,
                    DESCRIPTION, "因病致贫", URGENT, false, RELATED_TO_STAFF, false));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(intake).isEnded().hasPassed("Task_RegisterReport", "EndEvent_ReportRegistered");
        Assertions.assertThat(intake.getTenantId()).as("the collector's township").isEqualTo("341723200");
        String caseNumber = jdbc.sql("SELECT c.case_number FROM discovery_case c JOIN person p ON p.id = c.person_id "
                + "WHERE p.id_number = :id").param("id", idNumber).query(String.class).single();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(INTAKE_ID_NUMBER).count()).as("no full ID number in history").isZero();
        Assertions.assertThat(history.createHistoricDetailQuery().processInstanceId(intake.getId()).list())
                .noneMatch(detail -> detail.toString().contains(idNumber.substring(6, 14)));
    }
}
