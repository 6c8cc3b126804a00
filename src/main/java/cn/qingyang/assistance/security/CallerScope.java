package cn.qingyang.assistance.security;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the caller of our API is and what their work covers, from their Camunda groups: the one
 * rule set behind every {@code /api} answer and export (need-to-know). Administrators and the
 * county bureau act county-wide; a township team on its township; a village team on its own
 * village; a department only on the cases referred to it; the big-data platform's system
 * account only on its own warnings. Which endpoints each {@link Role} may call at all is
 * {@link ApiAccessRules}; which records it then sees is decided here.
 */
public record CallerScope(String userId, List<String> groups) {

    /** The kinds of caller, from their groups (a person may hold several). */
    public enum Role {
        ADMIN("系统管理员"), COUNTY("县民政局"), TOWNSHIP("乡镇工作小组"), VILLAGE("村信息采集组"),
        DEPARTMENT("部门联络员"), SYSTEM("系统账号");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static CallerScope current(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new IllegalStateException("no authenticated caller: /api/** is behind the authentication filter");
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new CallerScope(authentication.getUserId(), groups);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            if (group.equals(OrganisationGroups.ADMIN)) {
                roles.add(Role.ADMIN);
            } else if (group.equals(OrganisationGroups.COUNTY)) {
                roles.add(Role.COUNTY);
            } else if (group.equals(OrganisationGroups.BIGDATA_SYSTEM)) {
                roles.add(Role.SYSTEM);
            } else if (OrganisationGroups.DEPARTMENTS.containsKey(group)) {
                roles.add(Role.DEPARTMENT);
            } else if (OrganisationGroups.townshipOf(group).isPresent()) {
                roles.add(Role.TOWNSHIP);
            } else if (OrganisationGroups.villageOf(group).isPresent()) {
                roles.add(Role.VILLAGE);
            }
        }
        return roles;
    }

    /** Administrators and the county bureau: every township's records, full ID numbers. */
    public boolean countyWide() {
        return groups.contains(OrganisationGroups.ADMIN) || groups.contains(OrganisationGroups.COUNTY);
    }

    /** Full resident ID numbers are shown without asking only to the county (its work needs them). */
    public boolean seesFullIdNumbers() {
        return countyWide();
    }

    /**
     * May ask to see the full ID number of a person of this township (the "查看完整身份证号"
     * action, with a reason, logged): the county, and the township's own team.
     */
    public boolean mayRevealIdNumber(String townshipCode) {
        return countyWide() || groups.contains(OrganisationGroups.township(townshipCode))
                || groups.contains(OrganisationGroups.townshipLeader(townshipCode));
    }

    /** Townships the caller's township groups (team or leader) stand for. */
    public List<String> townshipCodes() {
        return groups.stream().map(OrganisationGroups::townshipOf).flatMap(Optional::stream).distinct().toList();
    }

    /** Villages the caller's village team groups stand for. */
    public List<String> villageCodes() {
        return groups.stream().map(OrganisationGroups::villageOf).flatMap(Optional::stream).distinct().toList();
    }

    /** Departments (e.g. {@code dept-medical}) the caller answers referrals for. */
    public List<String> departments() {
        return groups.stream().filter(OrganisationGroups.DEPARTMENTS::containsKey).distinct().toList();
    }

    public boolean actsForTownship(String townshipCode) {
        return countyWide() || groups.contains(OrganisationGroups.township(townshipCode))
                || groups.contains(OrganisationGroups.townshipLeader(townshipCode));
    }

    /**
     * May report a person of this township and village: whoever covers it, and the big-data
     * platform's system account, whose warnings come from the whole county (it reads nothing back
     * but its warnings' outcomes).
     */
    public boolean mayReportFor(String townshipCode, String villageCode) {
        return covers(townshipCode, villageCode) || groups.contains(OrganisationGroups.BIGDATA_SYSTEM);
    }

    /** May report for, or read, a person of this township and (possibly null) village. */
    public boolean covers(String townshipCode, String villageCode) {
        return actsForTownship(townshipCode)
                || (villageCode != null && groups.contains(OrganisationGroups.village(villageCode)));
    }
}
