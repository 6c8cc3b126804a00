package cn.qingyang.assistance.organisation;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation into Camunda identity, idempotently: a group per team, a tenant per
 * township whose members are its own groups, its villages' groups, the county and the
 * departments (departments answer referrals from every township, so they must see its tasks;
 * what they see inside a tenant is still limited by their task authorizations).
 */
@Component
class IdentityMirror {

    static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;

    private final IdentityService identity;

    public IdentityMirror(IdentityService identity) {
        this.identity = identity;
    }

    public void mirrorCounty(OrgUnit county) {
        ensureGroup(OrganisationGroups.COUNTY, county.name() + "民政局", WORKFLOW);
        OrganisationGroups.DEPARTMENTS.forEach((id, name) -> ensureGroup(id, name, WORKFLOW));
        // The big-data platform's system accounts (POST /api/alerts); no tenant, no webapp access.
        ensureGroup(OrganisationGroups.BIGDATA_SYSTEM, "社会救助大数据平台", Groups.GROUP_TYPE_SYSTEM);
        // The Camunda starter creates the administrators' group with an English name.
        if (identity.createGroupQuery().groupId(OrganisationGroups.ADMIN).count() > 0) {
            ensureGroup(OrganisationGroups.ADMIN, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
        }
    }

    public void mirrorTownship(OrgUnit township) {
        String code = township.code();
        ensureGroup(OrganisationGroups.township(code), township.name() + "主动发现工作小组", WORKFLOW);
        ensureGroup(OrganisationGroups.townshipLeader(code), township.name() + "主动发现工作小组组长", WORKFLOW);
        ensureTenant(OrganisationGroups.tenant(code), township.name());
        ensureTenantMember(code, OrganisationGroups.township(code));
        ensureTenantMember(code, OrganisationGroups.townshipLeader(code));
        ensureTenantMember(code, OrganisationGroups.COUNTY);
        for (String department : OrganisationGroups.DEPARTMENTS.keySet()) {
            ensureTenantMember(code, department);
        }
    }

    public void mirrorVillage(OrgUnit village) {
        String group = OrganisationGroups.village(village.code());
        ensureGroup(group, village.name() + "困难群众信息采集组", WORKFLOW);
        ensureTenantMember(OrganisationGroups.tenant(village.parentCode()), group);
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        } else if (Objects.equals(group.getName(), name) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void ensureTenant(String id, String name) {
        Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(id);
        } else if (Objects.equals(tenant.getName(), name)) {
            return;
        }
        tenant.setName(name);
        identity.saveTenant(tenant);
    }

    private void ensureTenantMember(String tenantId, String groupId) {
        if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
            identity.createTenantGroupMembership(tenantId, groupId);
        }
    }

    /** For the start-up log. */
    Map<String, Long> counts() {
        return Map.of("groups", identity.createGroupQuery().count(), "tenants", identity.createTenantQuery().count());
    }
}
