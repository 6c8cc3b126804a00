package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.TownshipSweep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TownshipSweep (township-sweep.bpmn) alone: a VillageSweep per village (stubbed), then the roster for review. */
class TownshipSweepProcessTest {

    private static final String VILLAGE_KEY = "VillageSweep";

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine(VILLAGE_KEY);

    private static final String MONTH = "2026-12";
    private static final String TOWNSHIP = "341723200";

    private Recorded rosterPreparer;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "township-sweep.bpmn", VILLAGE_KEY);
        FastProcess.workingDays();
        SweepPlan plan = FastProcess.bean("sweepPlan", SweepPlan.class);
        when(plan.villages(TOWNSHIP)).thenReturn(List.of("341723200201", "341723200202"));
        rosterPreparer = FastProcess.delegate("rosterPreparer", execution -> execution.setVariable(ROSTER_SIZE, 3));
    }

    @Test
    void everyVillageIsSweptThenTheRosterIsReviewed() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(TOWNSHIP_PROCESS_KEY, MONTH + "-" + TOWNSHIP,
                FastProcess.vars(SWEEP_MONTH, MONTH, TOWNSHIP_CODE, TOWNSHIP));
        AsyncSteps.settle(pi);

        assertThat(pi).isWaitingAt(CALL_ACTIVITY_VILLAGE_SWEEPS);
        List<String> keys = runtimeService().createProcessInstanceQuery().processDefinitionKey(VILLAGE_KEY).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
        assertThat(keys).containsExactlyInAnyOrder("2026-12-341723200201", "2026-12-341723200202");

        List<Task> villages = taskQuery().taskDefinitionKey(FastProcess.STUB_TASK).list();
        complete(villages.get(0));
        AsyncSteps.settle(pi);
        assertThat(rosterPreparer.calls()).isEmpty();
        complete(villages.get(1));
        AsyncSteps.settle(pi);

        assertThat(rosterPreparer.onlyAt(TASK_PREPARE_ROSTER).variables()).containsEntry(SWEEP_MONTH, MONTH);
        assertThat(task(TASK_REVIEW_ROSTER, pi)).hasCandidateGroup("township-" + TOWNSHIP);
        AsyncSteps.completeAndSettle(task(TASK_REVIEW_ROSTER, pi), withVariables(ROSTER_REVIEW, "OK"), pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_ROSTER_REVIEWED);
    }

    @Test
    void eachVillageSweepGetsItsOwnVillage() {
        AsyncSteps.settle(runtimeService().startProcessInstanceByKey(TOWNSHIP_PROCESS_KEY, MONTH + "-" + TOWNSHIP,
                FastProcess.vars(SWEEP_MONTH, MONTH, TOWNSHIP_CODE, TOWNSHIP)));

        List<Object> villages = runtimeService().createProcessInstanceQuery().processDefinitionKey(VILLAGE_KEY).list().stream()
                .map(village -> runtimeService().getVariable(village.getId(), VILLAGE_CODE)).toList();
        assertThat(villages).containsExactlyInAnyOrder("341723200201", "341723200202");
    }
}
