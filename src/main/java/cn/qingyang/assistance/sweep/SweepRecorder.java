package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;

import cn.qingyang.assistance.organisation.TownshipTenants;
import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code sweep_village} in step with a village's branch of the sweep. The diagram says which
 * step, as input parameter {@value #ACTION}: OPEN, REMINDED (the village task is raised to the top
 * of its list), OVERDUE (the due date passed; the village may still finish), DONE (with the households
 * visited and people reported; late if it was overdue) or NOT_DONE (the month ended first).
 */
@Component("sweepRecorder")
class SweepRecorder implements JavaDelegate {

    public static final String ACTION = "sweepAction";
    static final int REMINDED_PRIORITY = 80;

    private final SweepRepository sweeps;
    private final SweepPlan plan;

    public SweepRecorder(SweepRepository sweeps, SweepPlan plan) {
        this.sweeps = sweeps;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        String month = variables.text(SWEEP_MONTH);
        String village = variables.text(VILLAGE_CODE);
        String action = ProcessVariables.local(execution).text(ACTION);
        switch (action) {
            case "OPEN" -> {
                sweeps.open(month, variables.text(TownshipTenants.TOWNSHIP_CODE), village);
                execution.setVariableLocal(VILLAGE_NAME, plan.name(village));
            }
            case "REMINDED" -> {
                sweeps.reminded(month, village);
                TaskService tasks = execution.getProcessEngineServices().getTaskService();
                tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKey(VillageSweep.TASK_SWEEP_VILLAGE).list().stream()
                        .filter(task -> village.equals(tasks.getVariable(task.getId(), VILLAGE_CODE)))
                        .forEach(task -> tasks.setPriority(task.getId(), REMINDED_PRIORITY));
            }
            case "OVERDUE" -> sweeps.overdue(month, village);
            case "DONE" -> sweeps.done(month, village, variables.integer(HOUSEHOLDS_VISITED),
                    variables.integer(PEOPLE_REPORTED), variables.text(SWEEP_NOTE));
            case "NOT_DONE" -> sweeps.notDone(month, village);
            default -> throw new IllegalArgumentException("unknown sweep step " + action);
        }
    }
}
