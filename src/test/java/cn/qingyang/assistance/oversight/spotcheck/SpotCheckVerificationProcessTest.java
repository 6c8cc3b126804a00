package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.*;
import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.SpotCheckVerification.*;
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

/** SpotCheckVerification (spot-check-verification.bpmn) alone: the county checks one sampled recipient. */
class SpotCheckVerificationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";

    private Recorded spotCheckRecorder;
    private Recorded verifyRecipientGuard;
    private Recorded correctFindingGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "spot-check-verification.bpmn");
        FastProcess.workingDays();
        spotCheckRecorder = FastProcess.delegate("spotCheckRecorder");
        verifyRecipientGuard = FastProcess.listener("verifyRecipientGuard");
        correctFindingGuard = FastProcess.listener("correctFindingGuard");
    }

    @Test
    void normalRecipientIsConfirmed() {
        ProcessInstance pi = start();

        assertThat(spotCheckRecorder.onlyAt(TASK_PREPARE_SPOT_CHECK).local()).containsEntry(STEP, "PREPARE");
        assertThat(task(TASK_VERIFY_RECIPIENT, pi)).hasCandidateGroup("county-civil-affairs");
        AsyncSteps.completeAndSettle(task(TASK_VERIFY_RECIPIENT, pi), withVariables(OUTCOME, "NORMAL"), pi);

        assertThat(verifyRecipientGuard.at(TASK_VERIFY_RECIPIENT)).hasSize(1);
        assertThat(spotCheckRecorder.onlyAt(TASK_RECORD_SPOT_CHECK).local()).containsEntry(STEP, "CHECKED");
        assertThat(pi).isEnded().hasPassed(END_EVENT_RECIPIENT_CONFIRMED).hasNotPassed(TASK_CORRECT_FINDING);
    }

    @Test
    void wrongRecipientIsCorrectedByTheTownship() {
        ProcessInstance pi = start();
        AsyncSteps.completeAndSettle(task(TASK_VERIFY_RECIPIENT, pi), withVariables(OUTCOME, "WRONG", FINDINGS, "已外出务工有收入"), pi);

        assertThat(task(TASK_CORRECT_FINDING, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        AsyncSteps.completeAndSettle(task(TASK_CORRECT_FINDING, pi), withVariables(CORRECTION, "已停发"), pi);

        assertThat(correctFindingGuard.at(TASK_CORRECT_FINDING)).hasSize(1);
        assertThat(spotCheckRecorder.onlyAt(TASK_RECORD_CORRECTION).local()).containsEntry(STEP, "CORRECTED");
        assertThat(pi).isEnded().hasPassed(END_EVENT_FINDING_CORRECTED);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(VERIFICATION_PROCESS_KEY, "2026-12-11",
                FastProcess.vars(ITEM_ID, 11L, TOWNSHIP_CODE, TOWNSHIP));
    }
}
