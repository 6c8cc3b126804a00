package cn.qingyang.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The version policy (README "Deploying a new version"), shown on the engine of the application
 * with a parent and a child process the test deploys itself: a parent binds its child by
 * deployment, so one deployment is one release of the model set; a running case finishes on the
 * release it started with (its called processes included) and new cases start on the newest; a
 * child deployed alone is called by no parent; a release that lacks the child its parent calls
 * makes the call's job fail (an incident in Cockpit), never the person's completed task.
 */
@IntegrationTest
class VersionPolicyIT {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String parentKey = "VersionPolicyParent_" + run;
    private final String childKey = "VersionPolicyChild_" + run;
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheTestProcesses() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    /** A parent that waits for a person, then calls the child bound by deployment (async, as the house rule says). */
    private BpmnModelInstance parent(String versionTag) {
        return Bpmn.createExecutableProcess(parentKey).name("版本策略测试上级流程").camundaHistoryTimeToLive(1)
                .camundaVersionTag(versionTag).camundaJobPriority("10")
                .startEvent("StartEvent_ParentStarted")
                .userTask("Task_BeforeCall").name("办理前置任务")
                .callActivity("CallActivity_Child").name("调用下级流程").calledElement(childKey)
                .camundaCalledElementBinding("deployment")
                .camundaAsyncBefore().camundaAsyncAfter()
                .endEvent("EndEvent_ParentDone")
                .done();
    }

    /** A child that waits for a person, so the test sees which definition its parent started. */
    private BpmnModelInstance child(String versionTag, String taskName) {
        return Bpmn.createExecutableProcess(childKey).name("版本策略测试下级流程").camundaHistoryTimeToLive(1)
                .camundaVersionTag(versionTag).camundaJobPriority("10")
                .startEvent("StartEvent_ChildStarted")
                .userTask("Task_InChild").name(taskName)
                .endEvent("EndEvent_ChildDone")
                .done();
    }

    private void deploy(String name, BpmnModelInstance... models) {
        var builder = repository.createDeployment().name(name);
        for (BpmnModelInstance model : models) {
            builder.addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                    .iterator().next().getId() + ".bpmn", model);
        }
        deployments.add(builder.deploy().getId());
    }

    private ProcessInstance startParentWaiting() {
        return runtime.startProcessInstanceByKey(parentKey);
    }

    /** The person completes the parent's task; the call runs in its own job, as the job executor would run it. */
    private Job completeTaskBeforeCall(ProcessInstance parent) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(parent.getId()).singleResult().getId());
        return management.createJobQuery().processInstanceId(parent.getId()).singleResult();
    }

    private ProcessDefinition calledChild(ProcessInstance parent) {
        ProcessInstance child = runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
        assertThat(child).as("the parent called its child").isNotNull();
        return repository.getProcessDefinition(child.getProcessDefinitionId());
    }

    @Test
    void aRunningCaseFinishesOnItsOwnReleaseAndNewCasesStartOnTheNewOne() {
        deploy("release 1", parent("1"), child("1", "核实情况"));
        ProcessInstance runningParent = startParentWaiting();

        // release 2 changes the child: the whole set is deployed again
        deploy("release 2", parent("2"), child("2", "核实情况并上传材料"));
        ProcessInstance newParent = startParentWaiting();
        assertThat(repository.getProcessDefinition(newParent.getProcessDefinitionId()).getVersionTag())
                .as("new cases start on the newest release").isEqualTo("2");

        management.executeJob(completeTaskBeforeCall(runningParent).getId());
        management.executeJob(completeTaskBeforeCall(newParent).getId());

        ProcessDefinition calledByRunning = calledChild(runningParent);
        assertThat(calledByRunning.getVersion()).as("the running case calls the child of its own release").isEqualTo(1);
        assertThat(calledByRunning.getVersionTag()).isEqualTo("1");
        assertThat(childTask(runningParent)).isEqualTo("核实情况");
        ProcessDefinition calledByNew = calledChild(newParent);
        assertThat(calledByNew.getVersion()).isEqualTo(2);
        assertThat(calledByNew.getVersionTag()).isEqualTo("2");
        assertThat(childTask(newParent)).isEqualTo("核实情况并上传材料");
    }

    @Test
    void aChildDeployedAloneIsCalledByNoParentOldOrNew() {
        deploy("release 1", parent("1"), child("1", "核实情况"));
        ProcessInstance runningParent = startParentWaiting();

        // a changed child deployed on its own (Modeler, the child's file alone)
        deploy("the child alone", child("1.1", "核实情况（单独部署）"));
        ProcessInstance newParent = startParentWaiting();

        management.executeJob(completeTaskBeforeCall(runningParent).getId());
        management.executeJob(completeTaskBeforeCall(newParent).getId());
        assertThat(calledChild(runningParent).getVersion()).isEqualTo(1);
        assertThat(calledChild(newParent).getVersion()).as("the release's parent calls the release's child").isEqualTo(1);
        assertThat(childTask(newParent)).isEqualTo("核实情况");
    }

    @Test
    void aReleaseWithoutTheChildFailsTheCallAsAnIncidentNotThePersonsTask() {
        // a parent deployed without the child it calls (Modeler, the parent's file alone)
        deploy("the parent alone", parent("1"));
        ProcessInstance parent = startParentWaiting();

        Job call = completeTaskBeforeCall(parent);
        assertThatThrownBy(() -> management.executeJob(call.getId()))
                .as("the deployment holds no child to call").hasMessageContaining(childKey);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(parent.getId()).count())
                .as("the person's task before the call stays completed: the failure is the job's (an incident in Cockpit)")
                .isZero();
        assertThat(management.createJobQuery().jobId(call.getId()).singleResult().getExceptionMessage()).isNotBlank();
    }

    private String childTask(ProcessInstance parent) {
        return tasks.createTaskQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId()).singleResult().getId()).singleResult().getName();
    }
}
