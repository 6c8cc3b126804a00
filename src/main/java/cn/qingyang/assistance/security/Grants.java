package cn.qingyang.assistance.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: an existing authorization is extended, never duplicated. */
@Component
public class Grants {

    private final AuthorizationService authorizations;

    public Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }

    /** A global authorization: every user, e.g. the "我的待办" filter. */
    public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        authorization.setUserId(Authorization.ANY);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
