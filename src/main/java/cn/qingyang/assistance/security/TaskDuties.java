package cn.qingyang.assistance.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duties one user task declares in its model ({@code camunda:property} elements, which an
 * administrator sees and edits in Camunda Modeler under "Extension properties"), enforced by the
 * engine when the task is assigned (claim, assignee) and completed (complete, submit-form),
 * whatever interface the call came through:
 * <ul>
 *   <li>{@value #CANDIDATE_GROUPS_ONLY} = {@code true}: only a member of one of the task's candidate
 *       groups may hold or complete it (the leader's tasks, although the whole township team may
 *       read and update every task of its township);</li>
 *   <li>{@value #RECORD_COMPLETED_BY} = a variable name: who completed the task is written into that
 *       process variable (the engine's authenticated user, not a form field);</li>
 *   <li>{@value #SEPARATE_FROM} = variable names (comma separated): the person named there may
 *       neither hold nor complete this task (four eyes).</li>
 * </ul>
 * A call without an authenticated user (the engine itself, jobs, our services acting on the
 * system's behalf after their own checks) passes.
 */
final class TaskDuties implements TaskListener {

    static final String CANDIDATE_GROUPS_ONLY = "candidateGroupsOnly";
    static final String RECORD_COMPLETED_BY = "recordCompletedBy";
    static final String SEPARATE_FROM = "separateFrom";

    private static final Logger log = LoggerFactory.getLogger(TaskDuties.class);

    private final boolean candidateGroupsOnly;
    private final String recordCompletedBy;
    private final List<String> separateFrom;

    TaskDuties(boolean candidateGroupsOnly, String recordCompletedBy, List<String> separateFrom) {
        this.candidateGroupsOnly = candidateGroupsOnly;
        this.recordCompletedBy = recordCompletedBy;
        this.separateFrom = List.copyOf(separateFrom);
    }

    boolean declaresAnything() {
        return candidateGroupsOnly || recordCompletedBy != null || !separateFrom.isEmpty();
    }

    @Override
    public void notify(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        Authentication caller = command == null ? null : command.getAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return;
        }
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            String assignee = task.getAssignee();
            if (assignee != null) {
                Collection<String> groups = assignee.equals(caller.getUserId()) ? groupIds(caller)
                        : command.runWithoutAuthorization(() -> groupsOf(assignee));
                check(task, assignee, groups, !assignee.equals(caller.getUserId()), caller.getUserId(), "assign");
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            check(task, caller.getUserId(), groupIds(caller), false, caller.getUserId(), "complete");
            if (recordCompletedBy != null) {
                task.getExecution().setVariable(recordCompletedBy, caller.getUserId());
            }
        }
    }

    private void check(DelegateTask task, String person, Collection<String> groups, boolean someoneElse, String caller,
                       String action) {
        if (candidateGroupsOnly) {
            Set<String> candidates = task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
            if (!candidates.isEmpty() && groups.stream().noneMatch(candidates::contains)) {
                String who = groupNames(candidates);
                refuse(task, caller, action, someoneElse
                        ? "不能把“" + task.getName() + "”交给 " + person + " 办理：此项须由" + who + "办理。"
                        : task.getName() + "须由" + who + "办理。");
            }
        }
        for (String variable : separateFrom) {
            Object firstStepBy = task.getVariable(variable);
            if (person.equals(firstStepBy)) {
                String firstStep = firstStepName(task, variable);
                refuse(task, caller, action, someoneElse
                        ? firstStep + "由 " + person + " 办理，不能再由其本人" + task.getName() + "（四眼原则）。"
                        : firstStep + "由您办理，不能由您本人" + task.getName() + "（四眼原则）。");
            }
        }
    }

    private static void refuse(DelegateTask task, String caller, String action, String message) {
        log.warn("Duty refused: {} {} of task {} ({}, instance {}) by user {}: {}", action,
                task.getTaskDefinitionKey(), task.getId(), task.getName(), task.getProcessInstanceId(), caller, message);
        DutyRefusals.refused(message);
        throw new DutyRefusedException(message);
    }

    private static Collection<String> groupIds(Authentication caller) {
        return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }

    private static List<String> groupsOf(String userId) {
        return Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupMember(userId)
                .list().stream().map(Group::getId).toList();
    }

    /** The groups' names as people know them (乔木乡主动发现工作小组组长), or their ids. */
    private static String groupNames(Set<String> groupIds) {
        CommandContext command = Context.getCommandContext();
        List<Group> groups = command.runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list());
        String names = groups.stream().map(g -> g.getName() == null ? g.getId() : g.getName()).sorted()
                .collect(Collectors.joining("或"));
        return names.isEmpty() ? String.join("或", groupIds) : names;
    }

    /** The name of the task in the same diagram that records the variable (先行救助), for the message. */
    private static String firstStepName(DelegateTask task, String variable) {
        UserTask self = task.getBpmnModelElementInstance();
        if (self == null) {
            return "前一环节";
        }
        Optional<String> name = self.getModelInstance().getModelElementsByType(UserTask.class).stream()
                .filter(other -> variable.equals(property(other, RECORD_COMPLETED_BY)))
                .map(UserTask::getName).filter(Objects::nonNull).findFirst();
        return name.orElse("前一环节");
    }

    /** A camunda:property of a user task in the model API (for messages and the conformance checks). */
    static String property(UserTask task, String name) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }
}
