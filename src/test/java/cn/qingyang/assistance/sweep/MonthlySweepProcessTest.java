package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.MonthlySweep.*;
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
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MonthlySweep (monthly-sweep.bpmn) alone: on the 1st at 8:00, a TownshipSweep (stubbed) per township. */
class MonthlySweepProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine(TOWNSHIP_PROCESS_KEY);

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "monthly-sweep.bpmn", TOWNSHIP_PROCESS_KEY);
        SweepPlan plan = FastProcess.bean("sweepPlan", SweepPlan.class);
        when(plan.currentMonth()).thenReturn("2026-12");
        when(plan.townships()).thenReturn(List.of("341723200", "341723201"));
    }

    @Test
    void theMonthStartsASweepInEveryTownshipAndEndsWhenAllAreDone() {
        Job timer = jobQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        assertThat(timer).as("the timer start event is scheduled").isNotNull();
        execute(timer);

        ProcessInstance pi = processInstanceQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        AsyncSteps.settle(pi);
        assertThat(pi).hasPassed(TASK_SET_SWEEP_MONTH).isWaitingAt(CALL_ACTIVITY_TOWNSHIP_SWEEPS)
                .variables().containsEntry(SWEEP_MONTH, "2026-12");
        List<String> keys = runtimeService().createProcessInstanceQuery().processDefinitionKey(TOWNSHIP_PROCESS_KEY).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
        assertThat(keys).containsExactlyInAnyOrder("2026-12-341723200", "2026-12-341723201");

        for (Task township : taskQuery().taskDefinitionKey(FastProcess.STUB_TASK).list()) {
            complete(township);
        }
        AsyncSteps.settle(pi);
        assertThat(pi).isEnded().hasPassed(END_EVENT_MONTH_SWEPT);
    }

    @Test
    void timerFiresAtEightOnTheFirstOfTheMonth() {
        Job timer = jobQuery().processDefinitionKey(PROCESS_KEY).singleResult();
        java.time.ZonedDateTime due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).isEqualTo(8);
    }
}
