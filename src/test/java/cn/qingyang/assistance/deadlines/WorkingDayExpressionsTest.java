package cn.qingyang.assistance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** Which dates of the shipped diagrams a holiday arrangement moves, read from the diagrams. */
class WorkingDayExpressionsTest {

    static WorkingDayExpressions of(String file) {
        return WorkingDayExpressions.of(Bpmn.readModelFromFile(Path.of("bpmn", file).toFile()));
    }

    @Test
    void theTimersOnWorkingDaysAreTheFollowUpAndReferralDeadlinesAndNoCadence() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                WorkingDayExpressions expressions = WorkingDayExpressions.of(model);
                for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                    ModelElementInstance event = timer.getParentElement();
                    String id = event.getAttributeValue("id");
                    expressions.timerVariable(id).ifPresent(variable -> found.put(id, variable));
                }
            }
        }
        // not the cadence (cycles, the next follow-up date in months), not the sweep's 25th, not 24 hours
        assertThat(found).isEqualTo(Map.of("BoundaryEvent_FollowUpOverdue", "visitDueAt",
                "BoundaryEvent_ReferralOverdue", "answerDueAt"));
    }

    @Test
    void theWorkingDayVariablesAreTheOnesComputedWithTheCalendar() {
        assertThat(of("follow-up-visits.bpmn").variables()).containsExactly("visitDueAt");
        assertThat(of("department-referral.bpmn").variables()).containsExactly("answerDueAt");
        assertThat(of("township-inspection.bpmn").variables()).containsExactly("rectificationDueAt");
        assertThat(of("village-sweep.bpmn").variables()).as("sweepDueAt is the 25th of the month").isEmpty();
        assertThat(of("discovery-case.bpmn").variables()).as("emergencyAidDueAt is 24 hours").isEmpty();
    }

    @Test
    void userTasksOnWorkingDaysAreToldFromCalendarDayOnes() {
        WorkingDayExpressions discovery = of("discovery-case.bpmn");
        assertThat(discovery.userTaskCountsWorkingDays("Task_VisitHousehold")).isTrue();
        assertThat(discovery.userTaskCountsWorkingDays("Task_CountyHomeVisit")).isTrue();
        assertThat(discovery.userTaskCountsWorkingDays("Task_ExplainPolicy")).as("3 calendar days").isFalse();
        assertThat(discovery.userTaskCountsWorkingDays("Task_GrantEmergencyAid")).as("24 hours").isFalse();
        assertThat(discovery.userTaskCountsWorkingDays("NoSuchTask")).isFalse();
        assertThat(of("follow-up-visits.bpmn").userTaskCountsWorkingDays("Task_FollowUpVisit")).as("${visitDueAt}").isTrue();
        assertThat(of("township-inspection.bpmn").userTaskCountsWorkingDays("Task_Rectify")).as("${rectificationDueAt}").isTrue();
        assertThat(of("village-sweep.bpmn").userTaskCountsWorkingDays("Task_SweepVillage")).as("the 25th").isFalse();
        assertThat(of("follow-up-visits.bpmn").nameOf("BoundaryEvent_FollowUpOverdue")).isEqualTo("回访已逾期");
    }

    @Test
    void everyUserTaskWithAWorkingDayDueDateIsRecognised() throws IOException {
        int counted = 0;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                WorkingDayExpressions expressions = WorkingDayExpressions.of(model);
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String due = task.getCamundaDueDate();
                    if (due != null && due.contains("workingDays.dueAfter(")) {
                        assertThat(expressions.userTaskCountsWorkingDays(task.getId())).as(task.getId()).isTrue();
                        counted++;
                    }
                }
            }
        }
        assertThat(counted).isGreaterThan(20);
    }
}
