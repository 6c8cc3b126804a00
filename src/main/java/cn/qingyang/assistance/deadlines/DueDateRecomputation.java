package cn.qingyang.assistance.deadlines;

import cn.qingyang.assistance.calendar.HolidayArrangementChanged;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.workflow.EngineAsSystem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday arrangement is entered or replaced, the due dates counted on the old
 * calendar follow the new one, in the same transaction (the event is published synchronously
 * inside it): a failure here rolls the entry back, so the calendar and the dates never disagree.
 *
 * <p>Every open user task (all processes, all tenants) whose due date the model counts in working
 * days, and every pending timer whose date is a working-day variable ({@link WorkingDayExpressions}),
 * lying in the year or after it, is moved by {@link DueDateShift} (keeping its time of day), the
 * variable it came from with it; each move is recorded ({@link DueDateMoveRepository}). A task's
 * provisional mark ({@link DueDateNotes}) is set or cleared by the new calendar. Engine calls run
 * as the system (the administrator may not read the townships' tasks, the dates must move anyway),
 * through the public API only.
 */
@Component
class DueDateRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DueDateRecomputation.class);

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final WorkingDayModels models;
    private final DueDateMoveRepository moves;
    private final EngineAsSystem engine;

    DueDateRecomputation(TaskService tasks, ManagementService management, RuntimeService runtime, WorkingDayModels models,
                         DueDateMoveRepository moves, EngineAsSystem engine) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.models = models;
        this.moves = moves;
        this.engine = engine;
    }

    /** What a change moved. */
    record Result(List<DueDateMove> moved, int marksSet, int marksCleared) {
    }

    @EventListener
    public void on(HolidayArrangementChanged change) {
        Result result = engine.call(() -> recompute(change));
        log.info("{} 年节假日安排变更（变更 {}，{}）：移动期限 {} 个，标注暂定 {} 个，清除暂定 {} 个", change.year(), change.changeId(),
                change.changedBy(), result.moved().size(), result.marksSet(), result.marksCleared());
    }

    Result recompute(HolidayArrangementChanged change) {
        WorkingDayCalendar before = change.before();
        WorkingDayCalendar after = change.after();
        Optional<LocalDate> firstChange = DueDateShift.firstDifference(before, after, change.year());
        // nothing before the year can move, and no mark before it can change
        Date from = Date.from(LocalDate.of(change.year(), 1, 1).atStartOfDay(after.zone()).toInstant().minusMillis(1));
        List<DueDateMove> moved = new ArrayList<>();
        int[] marks = new int[2];

        for (Task task : tasks.createTaskQuery().dueAfter(from).orderByTaskId().asc().list()) {
            if (task.getProcessDefinitionId() == null) {
                continue;
            }
            WorkingDayExpressions model = models.of(task.getProcessDefinitionId());
            if (!model.userTaskCountsWorkingDays(task.getTaskDefinitionKey())) {
                continue;
            }
            Date oldDue = task.getDueDate();
            Date newDue = firstChange.map(c -> moved(before, after, c, task.getCreateTime(), oldDue)).orElse(oldDue);
            if (!newDue.equals(oldDue)) {
                task.setDueDate(newDue);
                tasks.saveTask(task);
                model.userTaskDueDate(task.getTaskDefinitionKey()).flatMap(model::variableOf)
                        .ifPresent(variable -> follow(task.getExecutionId(), variable, oldDue, newDue));
                moved.add(new DueDateMove(change.changeId(), DueDateMove.Kind.TASK, task.getId(), task.getProcessInstanceId(),
                        null, task.getName(), oldDue.toInstant(), newDue.toInstant()));
            }
            Object note = tasks.getVariableLocal(task.getId(), DueDateNotes.VARIABLE);
            if (after.isProvisional(newDue)) {
                String wanted = DueDateNotes.provisional(after.countyDate(newDue).getYear());
                if (!wanted.equals(note)) {
                    tasks.setVariableLocal(task.getId(), DueDateNotes.VARIABLE, wanted);
                    marks[0]++;
                }
            } else if (note != null) {
                tasks.removeVariableLocal(task.getId(), DueDateNotes.VARIABLE);
                marks[1]++;
            }
        }

        if (firstChange.isPresent()) {
            Map<String, String> activities = new HashMap<>();
            for (Job job : management.createJobQuery().timers().duedateHigherThan(from).orderByJobId().asc().list()) {
                if (job.getProcessDefinitionId() == null || job.getJobDefinitionId() == null) {
                    continue;
                }
                String activity = activities.computeIfAbsent(job.getJobDefinitionId(), id -> {
                    JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
                    return definition == null ? "" : definition.getActivityId();
                });
                WorkingDayExpressions model = models.of(job.getProcessDefinitionId());
                Optional<String> variable = model.timerVariable(activity);
                if (variable.isEmpty()) {
                    continue;
                }
                Date oldDue = job.getDuedate();
                Date newDue = moved(before, after, firstChange.get(), job.getCreateTime(), oldDue);
                if (!newDue.equals(oldDue)) {
                    management.setJobDuedate(job.getId(), newDue);
                    follow(job.getExecutionId(), variable.get(), oldDue, newDue);
                    moved.add(new DueDateMove(change.changeId(), DueDateMove.Kind.TIMER, job.getId(), job.getProcessInstanceId(),
                            null, model.nameOf(activity), oldDue.toInstant(), newDue.toInstant()));
                }
            }
        }

        List<DueDateMove> recorded = withBusinessKeys(moved);
        recorded.forEach(move -> moves.record(move, change.changedAt()));
        return new Result(recorded, marks[0], marks[1]);
    }

    /** The due date moved to its new day, at the same time of day in the county zone. */
    private static Date moved(WorkingDayCalendar before, WorkingDayCalendar after, LocalDate firstChange, Date created, Date due) {
        ZonedDateTime at = due.toInstant().atZone(after.zone());
        LocalDate start = created == null ? null : after.countyDate(created);
        LocalDate day = DueDateShift.shift(before, after, firstChange, start, at.toLocalDate());
        if (day.equals(at.toLocalDate())) {
            return due;
        }
        LocalTime time = at.toLocalTime();
        return Date.from(day.atTime(time).atZone(after.zone()).toInstant());
    }

    /** The variable the date came from moves with it, where it still holds the old date (the scope that holds it). */
    private void follow(String executionId, String variable, Date oldDue, Date newDue) {
        if (executionId == null) {
            return;
        }
        Object value = runtime.getVariable(executionId, variable);
        if (value instanceof Date current && current.getTime() == oldDue.getTime()) {
            runtime.setVariable(executionId, variable, newDue);
        }
    }

    private List<DueDateMove> withBusinessKeys(List<DueDateMove> moved) {
        Set<String> instances = new HashSet<>();
        moved.forEach(move -> instances.add(move.processInstanceId()));
        instances.remove(null);
        Map<String, String> keys = new HashMap<>();
        if (!instances.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return moved.stream().map(move -> new DueDateMove(move.changeId(), move.kind(), move.itemId(), move.processInstanceId(),
                keys.get(move.processInstanceId()), move.elementName(), move.oldDue(), move.newDue())).toList();
    }

}
