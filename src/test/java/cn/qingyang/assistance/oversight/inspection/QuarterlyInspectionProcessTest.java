package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.QuarterlyInspection.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.oversight.OversightPlan;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** QuarterlyInspection (quarterly-inspection.bpmn) alone: each quarter a TownshipInspection (stubbed) per township. */
class QuarterlyInspectionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine(TOWNSHIP_PROCESS_KEY);

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "quarterly-inspection.bpmn", TOWNSHIP_PROCESS_KEY);
        OversightPlan plan = FastProcess.bean("oversightPlan", OversightPlan.class);
        when(plan.quarterOrPrevious(isNull())).thenReturn("2026Q4");
        when(plan.quarterOrPrevious("2026Q3")).thenReturn("2026Q3");
        when(plan.townships()).thenReturn(List.of("341723200", "341723201"));
    }

    @Test
    void theQuarterStartsAnInspectionOfEveryTownshipWithOnlyQuarterAndTownship() {
        execute(jobQuery().processDefinitionKey(PROCESS_KEY).singleResult());

        ProcessInstance pi = processInstanceQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        AsyncSteps.settle(pi);
        assertThat(pi).isWaitingAt(CALL_ACTIVITY_TOWNSHIP_INSPECTIONS).variables().containsEntry(INSPECTION_QUARTER, "2026Q4");
        List<ProcessInstance> townships = runtimeService().createProcessInstanceQuery().processDefinitionKey(TOWNSHIP_PROCESS_KEY).list();
        assertThat(townships).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("2026Q4-341723200", "2026Q4-341723201");
        Map<String, Object> passed = runtimeService().getVariables(townships.get(0).getId());
        assertThat(passed).containsOnlyKeys(INSPECTION_QUARTER, TOWNSHIP_CODE);

        for (Task township : taskQuery().taskDefinitionKey(FastProcess.STUB_TASK).list()) {
            complete(township);
        }
        AsyncSteps.settle(pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_QUARTER_INSPECTED);
    }

    @Test
    void aQuarterGivenAtTheStartIsKept() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, FastProcess.vars(INSPECTION_QUARTER, "2026Q3"));
        AsyncSteps.settle(pi);

        assertThat(pi).variables().containsEntry(INSPECTION_QUARTER, "2026Q3");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("2026Q3-341723200").count()).isOne();
    }
}
