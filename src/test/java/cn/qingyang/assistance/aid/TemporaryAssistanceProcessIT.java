package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.AsyncSteps.completeAndContinue;
import static cn.qingyang.assistance.AsyncSteps.runOutsideEffect;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses.TemporaryAssistance;
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
 * TemporaryAssistance (临时救助, clause 5 and 7): applied for by the village 协理员 when the person
 * cannot apply, decided by the township within its cap and by the county above it, paid through the
 * finance system or refused with reasons, the applicant told by SMS either way.
 */
@IntegrationTest
@ProcessesUnderTest({AssistanceProcesses.TEMPORARY_KEY})
class TemporaryAssistanceProcessIT {

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

    private ProcessInstance temporaryCase() {
        ProcessInstance pi = cases.routedCase(TEMPORARY_NEED, true, CAN_APPLY_THEMSELVES, "NO");
        assertThat(pi).isWaitingAt(DiscoveryCase.TASK_ASSIST_APPLICATION);
        assertThat(task(pi)).as("the village 协理员 applies for them").hasCandidateGroup("village-341723200201");
        complete(task(pi), Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                AssistanceProcesses.APPLICATION_CHANNEL, "PAPER", AssistanceProcesses.APPLICATION_NOTE, "协理员代为提交书面申请"));
        cases.settleCase(pi);
        return pi;
    }

    @Proves({"N5", "N7-temporary", "T-temporary-county"})
    @Test
    void temporaryAssistanceWithinTheTownshipCapIsPaid() {
        ProcessInstance pi = temporaryCase();
        ProcessInstance temporary = cases.called(pi, AssistanceProcesses.TEMPORARY_KEY);
        completeAndContinue(temporary, Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 1500.0, AssistanceProcesses.TEMPORARY_REASON,
                "突发火灾，生活用品损毁", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "同意"));
        execute(job(TemporaryAssistance.TASK_RECORD_TEMPORARY_PAYMENT, temporary));
        runOutsideEffect(TemporaryAssistance.TASK_SEND_PAYMENT_RECORD, temporary);
        runOutsideEffect(TemporaryAssistance.TASK_NOTIFY_PAID, temporary);
        assertThat(temporary).isEnded().hasPassed(TemporaryAssistance.END_EVENT_TEMPORARY_PAID).hasNotPassed(TemporaryAssistance.TASK_APPROVE_TEMPORARY_BY_COUNTY);
        cases.finishLedger(pi);
        Assertions.assertThat(cases.decision(pi, "TEMPORARY", "outcome")).isEqualTo("PAID");
        Assertions.assertThat(cases.outbound(pi, "PAYMENT_RECORD")).as("the finance system gets the payment once")
                .singleElement().asString().contains("1500", "突发火灾");
        Assertions.assertThat(cases.outbound(pi, "SMS")).singleElement().asString().contains("临时救助申请已批准", "乔木乡");
        Assertions.assertThat(cases.ledgerMeasures(pi)).contains("临时救助已发放");
    }

    @Proves({"N7-temporary", "T-temporary-county"})
    @Test
    void temporaryAssistanceAboveTheCapIsApprovedByTheCounty() {
        ProcessInstance pi = temporaryCase();
        ProcessInstance temporary = cases.called(pi, AssistanceProcesses.TEMPORARY_KEY);
        completeAndContinue(temporary, Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 9000.0, AssistanceProcesses.TEMPORARY_REASON,
                "重病住院，自付费用高", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "超出乡镇权限，报县局"));
        assertThat(task(temporary)).hasDefinitionKey(TemporaryAssistance.TASK_APPROVE_TEMPORARY_BY_COUNTY).hasCandidateGroup("county-civil-affairs");
        completeAndContinue(temporary, Map.of(AssistanceProcesses.COUNTY_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.COUNTY_TEMPORARY_OPINION, "同意"));
        execute(job(TemporaryAssistance.TASK_RECORD_TEMPORARY_PAYMENT, temporary));
        runOutsideEffect(TemporaryAssistance.TASK_SEND_PAYMENT_RECORD, temporary);
        runOutsideEffect(TemporaryAssistance.TASK_NOTIFY_PAID, temporary);
        assertThat(temporary).isEnded().hasPassed(TemporaryAssistance.END_EVENT_TEMPORARY_PAID);
        cases.finishLedger(pi);
        Assertions.assertThat(cases.decision(pi, "TEMPORARY", "amount")).isEqualTo("9000.00");
    }

    @Proves("N10")
    @Test
    void temporaryAssistanceRefusedByTheCountyOrTheTownshipIsRecordedWithReasons() {
        ProcessInstance byCounty = temporaryCase();
        ProcessInstance temporary = cases.called(byCounty, AssistanceProcesses.TEMPORARY_KEY);
        completeAndContinue(temporary, Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 9000.0, AssistanceProcesses.TEMPORARY_REASON,
                "房屋修缮", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                        AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "报县局"));
        completeAndContinue(temporary, Map.of(AssistanceProcesses.COUNTY_TEMPORARY_DECISION, "REJECTED",
                AssistanceProcesses.COUNTY_TEMPORARY_OPINION, "请转介住房救助"));
        runOutsideEffect(TemporaryAssistance.TASK_NOTIFY_REFUSED, temporary);
        assertThat(temporary).isEnded().hasPassed(TemporaryAssistance.END_EVENT_TEMPORARY_REFUSED);
        Assertions.assertThat(cases.outbound(byCounty, "SMS")).singleElement().asString().contains("不予批准", "申请复核");
        Assertions.assertThat(cases.outbound(byCounty, "PAYMENT_RECORD")).isEmpty();
        cases.finishLedger(byCounty);
        Assertions.assertThat(cases.decision(byCounty, "TEMPORARY", "detail")).contains("县局意见：请转介住房救助");

        ProcessInstance byTownship = temporaryCase();
        ProcessInstance refused = cases.called(byTownship, AssistanceProcesses.TEMPORARY_KEY);
        completeAndContinue(refused, Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 300.0, AssistanceProcesses.TEMPORARY_REASON,
                "日常开支", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "REJECTED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "不属于突发性困难"));
        runOutsideEffect(TemporaryAssistance.TASK_NOTIFY_REFUSED, refused);
        assertThat(refused).isEnded().hasPassed(TemporaryAssistance.END_EVENT_TEMPORARY_REFUSED).hasNotPassed(TemporaryAssistance.TASK_APPROVE_TEMPORARY_BY_COUNTY);
        cases.finishLedger(byTownship);
        Assertions.assertThat(cases.ledgerMeasures(byTownship)).contains("临时救助未予批准");
    }
}
