package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.*;
import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.RandomSpotCheck.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
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

/** RandomSpotCheck (random-spot-check.bpmn) alone: the monthly draw, a SpotCheckVerification (stubbed) per sampled item. */
class RandomSpotCheckProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine(VERIFICATION_PROCESS_KEY);

    private boolean alreadyDrawn;
    private Recorded spotCheckDrawer;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "random-spot-check.bpmn", VERIFICATION_PROCESS_KEY);
        SpotCheckService spotChecks = FastProcess.bean("spotChecks", SpotCheckService.class);
        when(spotChecks.sampledItems(3L)).thenReturn(List.of(11L, 12L));
        when(spotChecks.township(11L)).thenReturn("341723200");
        when(spotChecks.township(12L)).thenReturn("341723201");
        spotCheckDrawer = FastProcess.delegate("spotCheckDrawer", execution -> {
            execution.setVariable(DRAW_MONTH, "2026-12");
            execution.setVariable(DRAW_ID, 3L);
            execution.setVariable(ALREADY_DRAWN, alreadyDrawn);
        });
    }

    @Test
    void everySampledRecipientIsVerifiedInTheirTownship() {
        execute(jobQuery().processDefinitionKey(PROCESS_KEY).singleResult());
        ProcessInstance pi = processInstanceQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        AsyncSteps.settle(pi);

        assertThat(spotCheckDrawer.onlyAt(TASK_DRAW_SAMPLE).local())
                .containsEntry(SPECIAL_RATE, 0.30).containsEntry(OTHER_RATE, 0.10);
        List<ProcessInstance> items = runtimeService().createProcessInstanceQuery().processDefinitionKey(VERIFICATION_PROCESS_KEY).list();
        assertThat(items).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("2026-12-11", "2026-12-12");
        assertThat(items).extracting(item -> runtimeService().getVariable(item.getId(), TOWNSHIP_CODE))
                .containsExactlyInAnyOrder("341723200", "341723201");

        for (Task item : taskQuery().taskDefinitionKey(FastProcess.STUB_TASK).list()) {
            complete(item);
        }
        AsyncSteps.settle(pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_SPOT_CHECK_DONE);
    }

    @Test
    void aMonthAlreadyDrawnIsNotDrawnAgain() {
        alreadyDrawn = true;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, FastProcess.vars(DRAW_MONTH, "2026-12"));

        assertThat(pi).isEnded().hasPassed(END_EVENT_ALREADY_DRAWN).hasNotPassed(CALL_ACTIVITY_VERIFY_SAMPLE);
        assertThat(spotCheckDrawer.onlyAt(TASK_DRAW_SAMPLE).variables()).containsEntry(DRAW_MONTH, "2026-12");
    }
}
