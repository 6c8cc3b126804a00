package cn.qingyang.assistance.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names of the Camunda groups and tenants that mirror the organisation. BPMN candidate groups
 * use the same names, e.g. {@code township-${townshipCode}}.
 */
public final class OrganisationGroups {

    public static final String COUNTY = "county-civil-affairs";
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
        return "township-" + townshipCode;
    }

    public static String townshipLeader(String townshipCode) {
        return "township-" + townshipCode + "-leader";
    }

    public static String village(String villageCode) {
        return "village-" + villageCode;
    }

    /** The tenant of a township is its division code. */
    public static String tenant(String townshipCode) {
        return townshipCode;
    }
}
