package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.AsyncSteps.runOutsideEffect;
import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TemporaryAssistance.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_AID_CAP;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.discovery.DecisionCompletionGuard;
import cn.qingyang.assistance.outside.OutsideProperties;
import cn.qingyang.assistance.outside.OutsideSystems;
import cn.qingyang.assistance.outside.SmsNoticeSender;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TemporaryAssistance (temporary-assistance.bpmn) alone: township decision, county above the cap, payment and SMS. */
class TemporaryAssistanceProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";

    private Recorded decisionRecorder;
    private Recorded paymentRecordSender;
    private Recorded smsNoticeSender;
    private Recorded decisionGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "temporary-assistance.bpmn");
        FastProcess.workingDays();
        FastProcess.real("outsideSystems", new OutsideSystems(new OutsideProperties("R3/PT5M")));
        decisionRecorder = FastProcess.delegate("assistanceDecisionRecorder");
        paymentRecordSender = FastProcess.delegate("paymentRecordSender");
        smsNoticeSender = FastProcess.delegate("smsNoticeSender");
        decisionGuard = FastProcess.listener("decisionCompletionGuard");
    }

    @Test
    void grantWithinTheTownshipCapIsPaidAndTheApplicantToldBySms() {
        ProcessInstance pi = start(800.0);
        assertThat(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi)).hasCandidateGroup("township-" + TOWNSHIP);

        complete(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi), withVariables(TOWNSHIP_TEMPORARY_DECISION, "APPROVED"));
        assertThat(decisionGuard.onlyAt(TASK_DECIDE_TEMPORARY_ASSISTANCE).local())
                .containsEntry(DecisionCompletionGuard.DECISION_VARIABLE, TOWNSHIP_TEMPORARY_DECISION)
                .containsEntry(DecisionCompletionGuard.OPINION_VARIABLE, TOWNSHIP_TEMPORARY_OPINION);
        assertThat(pi).hasNotPassed(TASK_APPROVE_TEMPORARY_BY_COUNTY);
        continueAfter(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi);

        execute(job(TASK_RECORD_TEMPORARY_PAYMENT, pi));
        runOutsideEffect(TASK_SEND_PAYMENT_RECORD, pi);
        runOutsideEffect(TASK_NOTIFY_PAID, pi);

        assertThat(decisionRecorder.onlyAt(TASK_RECORD_TEMPORARY_PAYMENT).local())
                .containsEntry("decisionKind", "TEMPORARY").containsEntry("decisionOutcome", "PAID")
                .containsEntry("decisionAmount", 800.0).containsEntry("decisionDetail", "突发火灾");
        assertThat(paymentRecordSender.at(TASK_SEND_PAYMENT_RECORD)).hasSize(1);
        assertThat(smsNoticeSender.onlyAt(TASK_NOTIFY_PAID).local())
                .containsEntry(SmsNoticeSender.KIND, "TEMPORARY_PAID")
                .containsEntry(SmsNoticeSender.TEXT, "您的临时救助申请已批准，800.0 元将通过一卡通发放。如有疑问请联系乔木乡民政办。");
        assertThat(pi).isEnded().hasPassed(END_EVENT_TEMPORARY_PAID).variables().containsEntry(TEMPORARY_OUTCOME, "PAID");
    }

    @Test
    void grantAboveTheCapNeedsTheCountyAndIsPaidWhenItAgrees() {
        ProcessInstance pi = start(3000.0);
        complete(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi), withVariables(TOWNSHIP_TEMPORARY_DECISION, "APPROVED"));
        continueAfter(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi);

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_TEMPORARY_BY_COUNTY);
        assertThat(task(TASK_APPROVE_TEMPORARY_BY_COUNTY, pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(TASK_APPROVE_TEMPORARY_BY_COUNTY, pi), withVariables(COUNTY_TEMPORARY_DECISION, "APPROVED"));
        assertThat(decisionGuard.onlyAt(TASK_APPROVE_TEMPORARY_BY_COUNTY).local())
                .containsEntry(DecisionCompletionGuard.DECISION_VARIABLE, COUNTY_TEMPORARY_DECISION);
        continueAfter(TASK_APPROVE_TEMPORARY_BY_COUNTY, pi);

        assertThat(pi).isWaitingAtExactly(TASK_RECORD_TEMPORARY_PAYMENT);
    }

    @Test
    void countyRefusalAboveTheCapIsRecordedWithBothOpinionsAndTold() {
        ProcessInstance pi = start(3000.0);
        complete(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi),
                withVariables(TOWNSHIP_TEMPORARY_DECISION, "APPROVED", TOWNSHIP_TEMPORARY_OPINION, "同意上报"));
        continueAfter(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi);
        complete(task(TASK_APPROVE_TEMPORARY_BY_COUNTY, pi),
                withVariables(COUNTY_TEMPORARY_DECISION, "REJECTED", COUNTY_TEMPORARY_OPINION, "已获医疗救助"));
        continueAfter(TASK_APPROVE_TEMPORARY_BY_COUNTY, pi);

        assertThat(decisionRecorder.onlyAt(TASK_RECORD_TEMPORARY_REFUSAL).local())
                .containsEntry("decisionOutcome", "REFUSED").containsEntry("decisionDetail", "乡镇意见：同意上报；县局意见：已获医疗救助");
        runOutsideEffect(TASK_NOTIFY_REFUSED, pi);
        assertThat(smsNoticeSender.onlyAt(TASK_NOTIFY_REFUSED).local()).containsEntry(SmsNoticeSender.KIND, "TEMPORARY_REFUSED");
        assertThat(paymentRecordSender.calls()).isEmpty();
        assertThat(pi).isEnded().hasPassed(END_EVENT_TEMPORARY_REFUSED).variables().containsEntry(TEMPORARY_OUTCOME, "REFUSED");
    }

    @Test
    void townshipRefusalIsRecordedWithItsOpinionOnly() {
        ProcessInstance pi = start(800.0);
        complete(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi),
                withVariables(TOWNSHIP_TEMPORARY_DECISION, "REJECTED", TOWNSHIP_TEMPORARY_OPINION, "不符合条件"));
        assertThat(decisionRecorder.calls()).as("the decision is committed alone; what follows is a job").isEmpty();
        continueAfter(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi);

        assertThat(pi).hasNotPassed(TASK_APPROVE_TEMPORARY_BY_COUNTY);
        assertThat(decisionRecorder.onlyAt(TASK_RECORD_TEMPORARY_REFUSAL).local())
                .containsEntry("decisionDetail", "乡镇意见：不符合条件");
        runOutsideEffect(TASK_NOTIFY_REFUSED, pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_TEMPORARY_REFUSED);
    }

    @Test
    void aTownshipAnswerTheDiagramDoesNotKnowIsNotPaid() {
        ProcessInstance pi = start(800.0);
        complete(task(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi),
                withVariables(TOWNSHIP_TEMPORARY_DECISION, "DEFERRED", TOWNSHIP_TEMPORARY_OPINION, "待补充材料"));
        continueAfter(TASK_DECIDE_TEMPORARY_ASSISTANCE, pi);

        assertThat(pi).hasPassed(TASK_RECORD_TEMPORARY_REFUSAL).hasNotPassed(TASK_RECORD_TEMPORARY_PAYMENT);
        assertThat(paymentRecordSender.calls()).isEmpty();
    }

    /** The job behind a completed task (its async-after boundary): what follows the person's work. */
    private static void continueAfter(String taskId, ProcessInstance pi) {
        execute(job(taskId, pi));
    }


    private ProcessInstance start(double amount) {
        return runtimeService().startProcessInstanceByKey(TEMPORARY_KEY, "QY-2026-0042", FastProcess.vars(
                CASE_ID, 42L, TOWNSHIP_CODE, TOWNSHIP, TOWNSHIP_NAME, "乔木乡", TOWNSHIP_AID_CAP, 1000.0,
                TEMPORARY_AMOUNT, amount, TEMPORARY_REASON, "突发火灾"));
    }
}
