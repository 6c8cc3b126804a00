package cn.qingyang.assistance.organisation;

/** A county, township-level unit or village/community, identified by its division code. */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode) {
}
