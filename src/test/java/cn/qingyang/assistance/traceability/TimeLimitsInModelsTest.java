package cn.qingyang.assistance.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.aid.AssistanceProcesses.DibaoAssistance;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The time limits that the process tests pass through without measuring them (they run the timer
 * job, or complete the task at once): the number stands in the diagram, where an administrator may
 * change it in Modeler, and these tests fail when it no longer says what the regulation says. That
 * {@code workingDays.dueAfter} counts working days is proved by {@code WorkingDayCalendarTest}.
 */
class TimeLimitsInModelsTest {

    private static BpmnModelInstance diagram(String file) {
        return Bpmn.readModelFromFile(Path.of("bpmn", file).toFile());
    }

    private static String dueDate(String file, String taskId) {
        UserTask task = diagram(file).getModelElementById(taskId);
        return task.getCamundaDueDate().replaceAll("\\s+", "");
    }

    @Proves("T-dibao-publicity-7d")
    @Test
    void dibaoPublicityLastsSevenDaysBeforeTheCountyConfirms() {
        IntermediateCatchEvent ended = diagram("dibao-assistance.bpmn").getModelElementById(DibaoAssistance.INTERMEDIATE_EVENT_PUBLICITY_ENDED);
        TimerEventDefinition timer = (TimerEventDefinition) ended.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDuration().getTextContent().strip()).isEqualTo("P7D");
        assertThat(ended.getOutgoing().iterator().next().getTarget().getId()).isEqualTo(DibaoAssistance.TASK_CONFIRM_DIBAO);
    }

    @Proves("T-dibao-county-10wd")
    @Test
    void theCountyConfirmsDibaoWithinTenWorkingDays() {
        assertThat(dueDate("dibao-assistance.bpmn",
                DibaoAssistance.TASK_CONFIRM_DIBAO)).isEqualTo("${workingDays.dueAfter(now(),10)}");
    }

    @Proves("T-dibao-refusal-3d")
    @Test
    void aDibaoRefusalIsNotifiedInWritingWithinThreeDays() {
        assertThat(dueDate("dibao-assistance.bpmn", DibaoAssistance.TASK_NOTIFY_DIBAO_REFUSAL))
                .isEqualTo("${workingDays.dueAfterCalendarDays(now(),3)}");
    }

    @Proves({"T-survey-3wd", "T-revisit-2wd"})
    @Test
    void theFirstVisitIsDueInThreeWorkingDaysAndARevisitInTwo() {
        assertThat(dueDate("discovery-case.bpmn", DiscoveryCase.TASK_VISIT_HOUSEHOLD)).isEqualTo(
                "${visitCount==0?workingDays.dueAfter(registeredAt,3):workingDays.dueAfter(now(),2)}");
    }
}
