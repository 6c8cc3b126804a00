package cn.qingyang.assistance.security;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Camunda's default authorizations, except the one it writes for every task offered to a
 * candidate group when that group is a township team (or its leaders). Those teams already read
 * and work every task of their township ({@link GroupAuthorizations}: TASK READ and UPDATE on
 * ANY, narrowed by the tenant), so a row per task added nothing but cost: the task list joins
 * every task of the group with every authorization row of the group, so a township with
 * thousands of open tasks (a roster import) waited seconds for its first page on PostgreSQL
 * (docs/performance.md, P4). Village teams, departments and the county still get a row per task
 * offered to them: that row is what lets them see it.
 */
@Component
class TownshipTaskAuthorizations extends AbstractCamundaConfiguration {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (groupId != null && OrganisationGroups.townshipOf(groupId).isPresent()) {
                return new AuthorizationEntity[0];
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (groupId != null && OrganisationGroups.townshipOf(groupId).isPresent()) {
                return new AuthorizationEntity[0];
            }
            return super.deleteTaskGroupIdentityLink(task, groupId, type);
        }
    }
}
