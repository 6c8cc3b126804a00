package cn.qingyang.assistance.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.common.StartupOrder;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each team may do, granted to groups (never to single users) at every start, idempotently.
 * Tenants do the township separation: a township team reads "all" instances and tasks, and the
 * engine's tenant check narrows that to its own township. Village teams and departments see only
 * the tasks offered to their group (the engine grants those when a task names the group as
 * candidate). County staff read everything, in every tenant, and work only tasks offered to them.
 * {@code camunda-admin} holds every permission (granted by the Camunda starter).
 */
@Component
@Order(StartupOrder.AUTHORIZATIONS)
class GroupAuthorizations implements ApplicationRunner {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final Grants grants;
    private final OrgUnitRepository orgUnits;
    private final AuthorizationProperties properties;
    private final TransactionTemplate transaction;

    public GroupAuthorizations(Grants grants, OrgUnitRepository orgUnits, AuthorizationProperties properties,
                               TransactionTemplate transaction) {
        this.grants = grants;
        this.orgUnits = orgUnits;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> grantAll());
    }

    void grantAll() {
        county(OrganisationGroups.COUNTY);
        OrganisationGroups.DEPARTMENTS.keySet().forEach(this::department);
        for (OrgUnit township : orgUnits.findActive(OrgLevel.TOWNSHIP)) {
            township(OrganisationGroups.township(township.code()));
            township(OrganisationGroups.townshipLeader(township.code()));
        }
        orgUnits.findActive(OrgLevel.VILLAGE).forEach(v -> village(OrganisationGroups.village(v.code())));
    }

    private void village(String group) {
        grants.toGroup(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        directory(group);
        startable(group, properties.startableByVillage());
    }

    private void township(String group) {
        grants.toGroup(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grants.toGroup(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        directory(group);
        startable(group, properties.startableByTownship());
        grants.toGroup(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grants.toGroup(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grants.toGroup(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE);
        grants.toGroup(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }

    private void county(String group) {
        grants.toGroup(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grants.toGroup(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        directory(group);
        grants.toGroup(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grants.toGroup(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grants.toGroup(group, Resources.TASK, ANY, TaskPermissions.READ);
        grants.toGroup(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.toGroup(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.toGroup(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grants.toGroup(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
        grants.toGroup(group, Resources.TENANT, ANY, Permissions.READ);
        grants.toGroup(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grants.toGroup(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }

    private void department(String group) {
        grants.toGroup(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        directory(group);
    }

    /** Names of users and groups, so that Tasklist shows who holds a task. */
    private void directory(String group) {
        grants.toGroup(group, Resources.USER, ANY, Permissions.READ);
        grants.toGroup(group, Resources.GROUP, ANY, Permissions.READ);
    }

    private void startable(String group, Iterable<String> processKeys) {
        boolean any = false;
        for (String key : processKeys) {
            grants.toGroup(group, Resources.PROCESS_DEFINITION, key,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            any = true;
        }
        if (any) {
            grants.toGroup(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        }
    }
}
