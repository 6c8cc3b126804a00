package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.aid.AssistanceProcesses.ExtremePovertyCare.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ExtremePovertyCare (extreme-poverty-care.bpmn) alone: central care for who wants it, a care agreement otherwise. */
class ExtremePovertyCareProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";
    /**
     * The flag DiscoveryCase passes into the call (its constant DiscoveryCaseProcess.CENTRAL_CARE
     * comes with the DiscoveryCase side of issue 14): central care only when it is true.
     */
    private static final String CENTRAL_CARE = "centralCare";

    private Recorded careArrangementRecorder;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "extreme-poverty-care.bpmn");
        FastProcess.workingDays();
        careArrangementRecorder = FastProcess.delegate("careArrangementRecorder");
    }

    @Test
    void personWillingToMoveIsArrangedCentralCare() {
        ProcessInstance pi = start(true, "CENTRAL_CARE,DIBAO");

        assertThat(pi).isWaitingAtExactly(TASK_ARRANGE_CENTRAL_CARE);
        assertThat(task(TASK_ARRANGE_CENTRAL_CARE, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        complete(task(TASK_ARRANGE_CENTRAL_CARE, pi), withVariables(INSTITUTION_NAME, "青阳县福利院", ADMISSION_DATE, "2026-12-01"));
        AsyncSteps.settle(pi);

        assertThat(careArrangementRecorder.onlyAt(TASK_RECORD_CARE_ARRANGEMENT).variables())
                .containsEntry(INSTITUTION_NAME, "青阳县福利院");
        assertThat(pi).isEnded().hasPassed(END_EVENT_CARE_ARRANGED).hasNotPassed(TASK_SIGN_CARE_AGREEMENT);
    }

    @Test
    void personStayingHomeGetsACareAgreement() {
        ProcessInstance pi = start(false, "MATERIAL_SERVICE");

        assertThat(pi).isWaitingAtExactly(TASK_SIGN_CARE_AGREEMENT);
        assertThat(task(TASK_SIGN_CARE_AGREEMENT, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        complete(task(TASK_SIGN_CARE_AGREEMENT, pi), withVariables(CAREGIVER_NAME, "王二妹", CAREGIVER_PHONE, "13900000000"));
        AsyncSteps.settle(pi);

        assertThat(careArrangementRecorder.onlyAt(TASK_RECORD_CARE_ARRANGEMENT).variables()).containsEntry(CAREGIVER_NAME, "王二妹");
        assertThat(pi).isEnded().hasPassed(END_EVENT_CARE_ARRANGED).hasNotPassed(TASK_ARRANGE_CENTRAL_CARE);
    }

    @Test
    void aCallWithoutTheCentralCareFlagTakesTheCareAgreement() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(CARE_KEY, "QY-2026-0042",
                FastProcess.vars(CASE_ID, 42L, TOWNSHIP_CODE, TOWNSHIP, ROUTE_CODES, "CENTRAL_CARE"));

        assertThat(pi).isWaitingAtExactly(TASK_SIGN_CARE_AGREEMENT);
    }

    private ProcessInstance start(boolean centralCare, String routeCodes) {
        return runtimeService().startProcessInstanceByKey(CARE_KEY, "QY-2026-0042",
                FastProcess.vars(CASE_ID, 42L, TOWNSHIP_CODE, TOWNSHIP, CENTRAL_CARE, centralCare, ROUTE_CODES, routeCodes));
    }
}
