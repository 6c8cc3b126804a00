package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.TownshipInspection.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * TownshipInspection (township-inspection.bpmn) alone: figures, inspection, rectification until
 * verified. The rectification's working days live in one place, the input parameter of 落实整改
 * (15 the first time, 10 after a failed verification): the calendar is asked for exactly those.
 */
class TownshipInspectionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private static final String TOWNSHIP = "341723200";
    private static final Date RECTIFY_BY = new Date(1_800_000_000_000L);
    private static final Date RECTIFY_AGAIN_BY = new Date(1_801_000_000_000L);

    private Recorded inspectionCompiler;
    private Recorded inspectionRecorder;
    private Recorded inspectTownshipGuard;
    private Recorded rectifyGuard;
    private Recorded verifyRectificationGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "township-inspection.bpmn");
        WorkingDayCalendar workingDays = FastProcess.workingDays();
        doReturn(RECTIFY_BY).when(workingDays).dueAfter(any(), eq(15));
        doReturn(RECTIFY_AGAIN_BY).when(workingDays).dueAfter(any(), eq(10));
        inspectionCompiler = FastProcess.delegate("inspectionCompiler", execution -> execution.setVariable(INSPECTION_ID, 5L));
        inspectionRecorder = FastProcess.delegate("inspectionRecorder");
        inspectTownshipGuard = FastProcess.listener("inspectTownshipGuard");
        rectifyGuard = FastProcess.listener("rectifyGuard");
        verifyRectificationGuard = FastProcess.listener("verifyRectificationGuard");
    }

    @Test
    void inspectionWithoutFindingsEndsThere() {
        ProcessInstance pi = start();

        assertThat(inspectionCompiler.onlyAt(TASK_COMPILE_FIGURES).variables()).containsEntry(INSPECTION_QUARTER, "2026Q4");
        assertThat(task(TASK_INSPECT_TOWNSHIP, pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(TASK_INSPECT_TOWNSHIP, pi), withVariables(RECTIFICATION_REQUIRED, "NO", INSPECTION_FINDINGS, "无问题"));

        assertThat(inspectTownshipGuard.at(TASK_INSPECT_TOWNSHIP)).hasSize(1);
        assertThat(inspectionRecorder.onlyAt(TASK_RECORD_FINDINGS).local()).containsEntry(INSPECTION_STEP, "FINDINGS");
        assertThat(pi).isEnded().hasPassed(END_EVENT_NO_RECTIFICATION).hasNotPassed(TASK_RECTIFY);
    }

    @Test
    void findingsAreRectifiedByTheTownshipAndVerifiedByTheCounty() {
        ProcessInstance pi = start();
        complete(task(TASK_INSPECT_TOWNSHIP, pi), withVariables(RECTIFICATION_REQUIRED, "YES", INSPECTION_FINDINGS, "台账不全"));

        assertThat(task(TASK_RECTIFY, pi)).hasCandidateGroup("township-" + TOWNSHIP).hasDueDate(RECTIFY_BY);
        assertThat(inspectionRecorder.onlyAt(TASK_RECTIFY).local())
                .containsEntry(INSPECTION_STEP, "RECTIFYING").containsEntry(RECTIFICATION_DUE_AT, RECTIFY_BY);
        complete(task(TASK_RECTIFY, pi), withVariables(RECTIFICATION_REPORT, "已补齐台账"));
        assertThat(inspectionRecorder.onlyAt(TASK_RECORD_RECTIFICATION).local()).containsEntry(INSPECTION_STEP, "RECTIFIED");

        assertThat(task(TASK_VERIFY_RECTIFICATION, pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(TASK_VERIFY_RECTIFICATION, pi), withVariables(VERIFICATION_RESULT, "VERIFIED"));

        assertThat(inspectionRecorder.onlyAt(TASK_RECORD_VERIFICATION).local()).containsEntry(INSPECTION_STEP, "VERIFIED");
        assertThat(pi).isEnded().hasPassed(END_EVENT_RECTIFICATION_VERIFIED);
    }

    @Test
    void rectificationNotVerifiedGoesBackToTheTownship() {
        ProcessInstance pi = start();
        complete(task(TASK_INSPECT_TOWNSHIP, pi), withVariables(RECTIFICATION_REQUIRED, "YES", INSPECTION_FINDINGS, "台账不全"));
        complete(task(TASK_RECTIFY, pi), withVariables(RECTIFICATION_REPORT, "已补部分"));

        complete(task(TASK_VERIFY_RECTIFICATION, pi), withVariables(VERIFICATION_RESULT, "NOT_VERIFIED", VERIFICATION_NOTE, "仍缺两户"));

        assertThat(pi).isWaitingAtExactly(TASK_RECTIFY);
        assertThat(verifyRectificationGuard.at(TASK_VERIFY_RECTIFICATION)).hasSize(1);
        assertThat(task(TASK_RECTIFY, pi)).as("the re-rectification's due date, from the same input parameter")
                .hasDueDate(RECTIFY_AGAIN_BY);
        assertThat(inspectionRecorder.at(TASK_RECTIFY)).extracting(call -> call.local().get(RECTIFICATION_DUE_AT))
                .containsExactly(RECTIFY_BY, RECTIFY_AGAIN_BY);
    }

    @Test
    void anAnswerTheGatewaysDoNotKnowTakesTheCarefulPath() {
        ProcessInstance pi = start();
        complete(task(TASK_INSPECT_TOWNSHIP, pi), withVariables(RECTIFICATION_REQUIRED, "UNSURE", INSPECTION_FINDINGS, "待定"));
        assertThat(pi).as("not a clear no: the township rectifies").isWaitingAtExactly(TASK_RECTIFY);

        complete(task(TASK_RECTIFY, pi), withVariables(RECTIFICATION_REPORT, "已补齐台账"));
        complete(task(TASK_VERIFY_RECTIFICATION, pi), withVariables(VERIFICATION_RESULT, "PARTLY"));
        assertThat(pi).as("not verified: the township rectifies again").isWaitingAtExactly(TASK_RECTIFY);
    }

    private static void complete(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
        AsyncSteps.completeAndSettle(task, variables, runtimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(TOWNSHIP_PROCESS_KEY, "2026Q4-" + TOWNSHIP,
                FastProcess.vars(INSPECTION_QUARTER, "2026Q4", TOWNSHIP_CODE, TOWNSHIP));
    }
}
