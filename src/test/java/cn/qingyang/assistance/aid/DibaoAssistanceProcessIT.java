package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.AsyncSteps.completeAndContinue;
import static cn.qingyang.assistance.AsyncSteps.runOutsideEffect;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses.DepartmentReferral;
import cn.qingyang.assistance.aid.AssistanceProcesses.DibaoAssistance;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.traceability.Proves;
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
 * DibaoAssistance (clause 5 and 7 of the notice): a case whose visit finds the household below the
 * 低保 line applies; the township reviews, the list is publicised for seven days (an objection
 * reopens the investigation), the county confirms or refuses, a refusal is notified with reasons.
 * Driven from a real DiscoveryCase, whose own paths {@code DiscoveryCaseProcessIT} covers.
 */
@IntegrationTest
@ProcessesUnderTest({AssistanceProcesses.DIBAO_KEY})
class DibaoAssistanceProcessIT {

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

    @Proves({"N5", "N7-referral", "T-dibao-publicity-7d"})
    @Test
    void dibaoIsReviewedPublicisedForSevenDaysAndConfirmedWhileTheDepartmentAnswersItsReferral() {
        ProcessInstance pi = cases.routedCase(INCOME_TRANSFER, 900.0, MEDICAL_NEED, true);
        Assertions.assertThat(runtime.getVariable(pi.getId(),
                AssistanceProcesses.ROUTE_CODES)).isEqualTo("DIBAO,REFERRAL_MEDICAL");
        cases.guideApplication(pi);
        assertThat(pi).isWaitingAt(DiscoveryCase.CALL_ACTIVITY_DIBAO, DiscoveryCase.CALL_ACTIVITY_REFERRAL);

        ProcessInstance dibao = cases.called(pi, AssistanceProcesses.DIBAO_KEY);
        Assertions.assertThat(dibao.getBusinessKey()).isEqualTo(runtime.getVariable(pi.getId(), CASE_NUMBER));
        Assertions.assertThat(dibao.getTenantId()).isEqualTo("341723200");
        completeAndContinue(dibao, Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "人均收入 450 元，低于低保标准", AssistanceProcesses.WHOLE_HOUSEHOLD,
                        false));
        assertThat(dibao).as("publicity: waiting for the 7 days to pass or an objection").isWaitingAt(DibaoAssistance.GATEWAY_PUBLICITY);
        execute(job(DibaoAssistance.INTERMEDIATE_EVENT_PUBLICITY_ENDED, dibao));
        assertThat(task(dibao)).hasCandidateGroup("county-civil-affairs").hasDefinitionKey(DibaoAssistance.TASK_CONFIRM_DIBAO);
        assertThatThrownBy(() -> complete(task(dibao), Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "APPROVED",
                AssistanceProcesses.COUNTY_DIBAO_OPINION, "同意"))).hasMessageContaining("须填写月保障金额");
        completeAndContinue(dibao, Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "APPROVED",
                AssistanceProcesses.DIBAO_MONTHLY_AMOUNT, 720.0, AssistanceProcesses.COUNTY_DIBAO_OPINION, "同意纳入"));
        execute(job(DibaoAssistance.TASK_RECORD_DIBAO_DECISION, dibao));
        assertThat(dibao).isEnded().hasPassed(DibaoAssistance.END_EVENT_DIBAO_APPROVED);

        ProcessInstance referral = cases.called(pi, AssistanceProcesses.REFERRAL_KEY);
        assertThat(referral).as("the department is notified by an async job").isWaitingAt(DepartmentReferral.TASK_NOTIFY_DEPARTMENT);
        runOutsideEffect(DepartmentReferral.TASK_NOTIFY_DEPARTMENT, referral);
        assertThat(task(referral)).hasCandidateGroup("dept-medical");
        String due = task(referral).getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日"));
        Assertions.assertThat(cases.outbound(pi, "DEPARTMENT_NOTICE")).singleElement().asString().contains("县医疗保障局",
                "于 " + due + " 前答复");
        completeAndContinue(referral, Map.of(AssistanceProcesses.REFERRAL_RESULT, "ACCEPTED",
                AssistanceProcesses.REFERRAL_ANSWER, "已纳入医疗救助，门诊费用按 70% 报销"));
        assertThat(referral).isEnded().hasPassed(DepartmentReferral.END_EVENT_REFERRAL_ANSWERED);

        cases.finishLedger(pi);
        Assertions.assertThat(cases.decision(pi, "DIBAO", "outcome")).isEqualTo("APPROVED");
        Assertions.assertThat(cases.decision(pi, "DIBAO", "amount")).isEqualTo("720.00");
        Assertions.assertThat(jdbc.sql("SELECT status FROM referral WHERE case_id = :case AND department = 'dept-medical'")
                .param("case", cases.caseId(pi)).query(String.class).single()).isEqualTo("ACCEPTED");
        Assertions.assertThat(cases.ledgerMeasures(pi)).contains("申请低保").contains("转介医疗救助").contains("低保已批准");
    }

    @Proves({"N10", "T-dibao-refusal-3d"})
    @Test
    void anObjectionDuringPublicityReopensTheInvestigationAndARefusalIsNotifiedInWriting() {
        ProcessInstance pi = cases.routedCase(INCOME_TRANSFER, 900.0);
        cases.guideApplication(pi);
        ProcessInstance dibao = cases.called(pi, AssistanceProcesses.DIBAO_KEY);
        completeAndContinue(dibao, Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "符合条件", AssistanceProcesses.WHOLE_HOUSEHOLD, false));

        runtime.createMessageCorrelation(AssistanceProcesses.MSG_PUBLICITY_OBJECTION)
                .processInstanceBusinessKey(dibao.getBusinessKey())
                .setVariable(AssistanceProcesses.OBJECTION_TEXT, "群众反映其子女在县城经营门店，收入较高").correlate();
        assertThat(dibao).isWaitingAt(DibaoAssistance.TASK_VERIFY_OBJECTION);
        completeAndContinue(dibao, completeVisit(dibao, INCOME_TRANSFER, 900.0, INCOME_BUSINESS, 6000.0,
                FINDINGS, "核实：子女经营门店，月净收入约 6000 元"));
        assertThat(dibao).isWaitingAt(DibaoAssistance.TASK_REVIEW_DIBAO);
        assertThatThrownBy(() -> complete(task(dibao), Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "REJECT",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, ""))).hasMessageContaining("请填写审核意见");
        completeAndContinue(dibao, Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "REJECT",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "家庭人均收入超过低保标准"));
        assertThat(task(dibao)).hasDefinitionKey(DibaoAssistance.TASK_NOTIFY_DIBAO_REFUSAL).hasCandidateGroup("township-341723200");
        completeAndContinue(dibao, Map.of(AssistanceProcesses.REFUSAL_REASONS, "家庭人均收入超过低保标准",
                AssistanceProcesses.NOTIFY_METHOD, "WRITTEN", AssistanceProcesses.NOTIFIED_ON, "2026-12-01"));

        assertThat(dibao).isEnded().hasPassed(DibaoAssistance.TASK_RECORD_OBJECTION,
                DibaoAssistance.TASK_RECORD_OBJECTION_VISIT, DibaoAssistance.END_EVENT_DIBAO_REFUSED);
        cases.finishLedger(pi);
        Assertions.assertThat(cases.decision(pi, "DIBAO", "outcome")).isEqualTo("REFUSED");
        Assertions.assertThat(cases.ledgerMeasures(pi)).contains("低保未予批准");
        Assertions.assertThat(jdbc.sql("SELECT detail FROM case_event WHERE case_id = :case AND kind = 'DIBAO_OBJECTION'")
                .param("case", cases.caseId(pi)).query(String.class).single()).contains("经营门店");
    }

    @Proves({"N7-whole-household", "N10"})
    @Test
    void theCountyMayRefuseToConfirmDibao() {
        ProcessInstance pi = cases.routedCase(INCOME_TRANSFER, 900.0);
        cases.guideApplication(pi);
        ProcessInstance dibao = cases.called(pi, AssistanceProcesses.DIBAO_KEY);
        completeAndContinue(dibao, Map.of(AssistanceProcesses.TOWNSHIP_DIBAO_DECISION, "RECOMMEND",
                AssistanceProcesses.TOWNSHIP_DIBAO_OPINION, "符合条件", AssistanceProcesses.WHOLE_HOUSEHOLD, true));
        execute(job(DibaoAssistance.INTERMEDIATE_EVENT_PUBLICITY_ENDED, dibao));
        completeAndContinue(dibao, Map.of(AssistanceProcesses.COUNTY_DIBAO_DECISION, "REJECTED",
                AssistanceProcesses.COUNTY_DIBAO_OPINION, "抽查发现有机动车一辆，不符合条件"));
        assertThat(dibao).isWaitingAt(DibaoAssistance.TASK_NOTIFY_DIBAO_REFUSAL);
        completeAndContinue(dibao, Map.of(AssistanceProcesses.REFUSAL_REASONS, "家庭拥有机动车",
                AssistanceProcesses.NOTIFY_METHOD, "IN_PERSON", AssistanceProcesses.NOTIFIED_ON, "2026-12-02"));
        assertThat(dibao).isEnded().hasPassed(DibaoAssistance.END_EVENT_DIBAO_REFUSED).hasNotPassed(DibaoAssistance.TASK_RECORD_DIBAO_DECISION);
        cases.finishLedger(pi);
    }
}
