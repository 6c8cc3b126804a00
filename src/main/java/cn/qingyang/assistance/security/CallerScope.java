package cn.qingyang.assistance.security;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the caller of our API may act on, from their Camunda groups: administrators, the county,
 * the departments and the big-data platform's system accounts act county-wide; a township team on its township; a village team on its
 * own village only.
 */
public record CallerScope(String userId, List<String> groups) {

    public static CallerScope current(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new IllegalStateException("no authenticated caller: /api/** is behind the authentication filter");
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new CallerScope(authentication.getUserId(), groups);
    }

    public boolean countyWide() {
        return groups.contains(OrganisationGroups.ADMIN) || groups.contains(OrganisationGroups.COUNTY)
                || groups.contains(OrganisationGroups.BIGDATA_SYSTEM)
                || groups.stream().anyMatch(OrganisationGroups.DEPARTMENTS::containsKey);
    }

    /** Townships the caller's township groups (team or leader) stand for. */
    public List<String> townshipCodes() {
        return groups.stream().map(OrganisationGroups::townshipOf).flatMap(Optional::stream).distinct().toList();
    }

    /** Villages the caller's village team groups stand for. */
    public List<String> villageCodes() {
        return groups.stream().map(OrganisationGroups::villageOf).flatMap(Optional::stream).distinct().toList();
    }

    public boolean actsForTownship(String townshipCode) {
        return countyWide() || groups.contains(OrganisationGroups.township(townshipCode))
                || groups.contains(OrganisationGroups.townshipLeader(townshipCode));
    }

    /** May report for, or read, a person of this township and (possibly null) village. */
    public boolean covers(String townshipCode, String villageCode) {
        return actsForTownship(townshipCode)
                || (villageCode != null && groups.contains(OrganisationGroups.village(villageCode)));
    }
}
