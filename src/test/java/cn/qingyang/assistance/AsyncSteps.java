package cn.qingyang.assistance;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * The async continuations of the models, run in a test as the job executor would run them (the
 * tests' engines have no job executor): after a person completes a task the process waits at the
 * async boundary behind it ({@code camunda:asyncAfter}), and {@link #settle} carries it on to its
 * next wait state. Only continuations (message jobs) of the instance's whole hierarchy (its called
 * processes too) are run, never a timer; a job that fails is left with its retries decremented, as
 * the job executor would, and the loop goes on with the others: the test then sees the incident or
 * the retry. Works on whatever engine camunda-bpm-assert points at (the fast engine or the
 * application's).
 */
public final class AsyncSteps {

    /** More rounds than any path of the models needs: a loop in a model would otherwise never end. */
    private static final int MAX_ROUNDS = 200;

    private AsyncSteps() {
    }

    /** Completes the task with the variables and runs what follows it up to the next wait states. */
    public static void completeAndSettle(Task task, Map<String, Object> variables, ProcessInstance pi) {
        BpmnAwareTests.complete(task, variables);
        settle(pi);
    }

    /** Completes the task and runs what follows it up to the next wait states. */
    public static void completeAndSettle(Task task, ProcessInstance pi) {
        BpmnAwareTests.complete(task);
        settle(pi);
    }

    /**
     * Runs the due async continuations of the instance's hierarchy until none is left (a failing one
     * is retried as its retry cycle says, until it becomes an incident); returns how many ran.
     */
    public static int settle(ProcessInstance pi) {
        ManagementService management = processEngine().getManagementService();
        String root = pi.getRootProcessInstanceId() != null ? pi.getRootProcessInstanceId() : pi.getId();
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().rootProcessInstanceId(root).messages().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // as the job executor: the engine has decremented the retries (or raised the incident)
                    continue;
                }
                ran++;
            }
        }
        throw new AssertionError("the async steps of " + root + " did not come to rest after " + MAX_ROUNDS + " rounds");
    }

    /**
     * Completes the instance's one open task and runs only the job behind it (the task's
     * async-after boundary), as the job executor would: the person's work commits alone, what
     * follows is a job. For a test that goes on step by step (a called process's own steps).
     */
    public static void completeAndContinue(ProcessInstance pi, Map<String, Object> variables) {
        Task open = BpmnAwareTests.task(pi);
        BpmnAwareTests.complete(open, variables);
        BpmnAwareTests.execute(BpmnAwareTests.job(open.getTaskDefinitionKey(), pi));
    }

    /**
     * A step with an effect outside the engine: its own job records the effect (async before), and
     * the process moves on in the next job (async after), so nothing after it can roll it back.
     */
    public static void runOutsideEffect(String activityId, ProcessInstance pi) {
        BpmnAwareTests.execute(BpmnAwareTests.job(activityId, pi));
        org.assertj.core.api.Assertions.assertThat(BpmnAwareTests.job(activityId, pi))
                .as("%s waits at its async-after boundary once its effect is recorded", activityId).isNotNull();
        BpmnAwareTests.execute(BpmnAwareTests.job(activityId, pi));
    }

    /** The due async continuations of the instance's hierarchy, for a test that runs one by hand. */
    public static List<Job> pending(ProcessInstance pi) {
        String root = pi.getRootProcessInstanceId() != null ? pi.getRootProcessInstanceId() : pi.getId();
        return processEngine().getManagementService().createJobQuery().rootProcessInstanceId(root).messages().executable().list();
    }
}
