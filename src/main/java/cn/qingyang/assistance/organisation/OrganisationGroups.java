package cn.qingyang.assistance.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the Camunda groups and tenants that mirror the organisation. BPMN candidate groups
 * use the same names, e.g. {@code township-${townshipCode}}.
 */
public final class OrganisationGroups {

    public static final String COUNTY = "county-civil-affairs";
    private static final String TOWNSHIP_PREFIX = "township-";
    private static final String LEADER_SUFFIX = "-leader";
    private static final String VILLAGE_PREFIX = "village-";
    public static final String ADMIN = "camunda-admin";
    /** System accounts of the county's social-assistance big-data platform (社会救助大数据平台): push warnings. */
    public static final String BIGDATA_SYSTEM = "system-bigdata";

    /** Other departments that receive referrals ("一门受理、协同办理"), with their Chinese names. */
    public static final Map<String, String> DEPARTMENTS;

    static {
        Map<String, String> departments = new LinkedHashMap<>();
        departments.put("dept-medical", "县医疗保障局");
        departments.put("dept-education", "县教育局");
        departments.put("dept-housing", "县住房和城乡建设局");
        departments.put("dept-employment", "县人力资源和社会保障局");
        departments.put("dept-emergency", "县应急管理局");
        DEPARTMENTS = Map.copyOf(departments);
    }

    private OrganisationGroups() {
    }

    public static String township(String townshipCode) {
        return TOWNSHIP_PREFIX + townshipCode;
    }

    public static String townshipLeader(String townshipCode) {
        return TOWNSHIP_PREFIX + townshipCode + LEADER_SUFFIX;
    }

    public static String village(String villageCode) {
        return VILLAGE_PREFIX + villageCode;
    }

    /** The township a team group belongs to ({@code township-<code>} or its leader group), if any. */
    public static Optional<String> townshipOf(String group) {
        if (!group.startsWith(TOWNSHIP_PREFIX)) {
            return Optional.empty();
        }
        String rest = group.substring(TOWNSHIP_PREFIX.length());
        return Optional.of(rest.endsWith(LEADER_SUFFIX) ? rest.substring(0, rest.length() - LEADER_SUFFIX.length()) : rest);
    }

    /** The village of a village team group ({@code village-<code>}), if it is one. */
    public static Optional<String> villageOf(String group) {
        return group.startsWith(VILLAGE_PREFIX) ? Optional.of(group.substring(VILLAGE_PREFIX.length())) : Optional.empty();
    }

    /** The tenant of a township is its division code. */
    public static String tenant(String townshipCode) {
        return townshipCode;
    }
}
