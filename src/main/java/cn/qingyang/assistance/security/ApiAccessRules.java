package cn.qingyang.assistance.security;

import cn.qingyang.assistance.security.CallerScope.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which kinds of caller may use which operation of our API at all: one table for every
 * {@code /api} mapping (and so for the exports, which are {@code /api} mappings too). An
 * operation missing from the table is refused to everyone ({@link ApiAccessInterceptor} fails
 * closed), so a new endpoint cannot go live without a line here; the who-may-do-what matrix test
 * ({@code AccessMatrixIT}) fails for a mapping it does not know. Within an allowed operation,
 * {@link CallerScope} narrows the records (village, township, referred cases) and masks ID numbers.
 */
final class ApiAccessRules {

    /** An operation of our API, the Chinese name shown in a refusal, and who may call it. */
    public record Rule(String method, String pattern, String what, Set<Role> roles, boolean anyone, String refusal) {

        public String key() {
            return method + " " + pattern;
        }
    }

    private static final Set<Role> COUNTY = EnumSet.of(Role.ADMIN, Role.COUNTY);
    private static final Set<Role> TOWNSHIP_UP = EnumSet.of(Role.ADMIN, Role.COUNTY, Role.TOWNSHIP);
    private static final Set<Role> VILLAGE_UP = EnumSet.of(Role.ADMIN, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
    private static final Set<Role> PLATFORM = EnumSet.of(Role.ADMIN, Role.COUNTY, Role.SYSTEM);

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        anyone("GET", "/api/me", "当前用户");
        anyone("GET", "/api/session/csrf-token", "会话令牌");
        anyone("GET", "/api/org-units", "行政区划");
        // one's own password (docs/security-accounts.md): everyone who can log in
        anyone("GET", "/api/account/password", "本人密码状态");
        anyone("POST", "/api/account/password", "修改本人密码");

        allow("POST", "/api/reports", "上报遇困人员", VILLAGE_UP);
        allow("GET", "/api/cases/{caseNumber}", "查询案件",
                EnumSet.of(Role.ADMIN, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE, Role.DEPARTMENT));
        allow("POST", "/api/cases/{caseNumber}/id-number", "查看完整身份证号", TOWNSHIP_UP);

        // 一户一档 (issue 15 §6): the household's township and village teams (masked), the county (full)
        allow("GET", "/api/households", "查找家庭", VILLAGE_UP);
        allow("GET", "/api/households/{householdId}", "查看一户一档", VILLAGE_UP);
        allow("GET", "/api/households/{householdId}/export.xlsx", "导出一户一档", VILLAGE_UP);

        allow("POST", "/api/rosters", "上传花名册", VILLAGE_UP);
        allow("GET", "/api/rosters/imports/{id}", "花名册导入进度", VILLAGE_UP);
        allow("GET", "/api/rosters/template.xlsx", "花名册模板", VILLAGE_UP);
        // a village may ask, and finds no township's roster (404, as for another township's)
        allow("GET", "/api/sweeps/{townshipCode}/{month}/roster.xlsx", "导出月度花名册", VILLAGE_UP);

        allow("GET", "/api/ledger", "查询分类台账", VILLAGE_UP);
        allow("GET", "/api/ledger/export.xlsx", "导出分类台账", VILLAGE_UP);

        // a village's dashboard counts no township (it has no Cockpit; the answer is empty)
        allow("GET", "/api/oversight/dashboard", "主动发现工作看板", VILLAGE_UP);
        allow("GET", "/api/oversight/inspections/{quarter}", "季度指导检查", TOWNSHIP_UP);
        allow("GET", "/api/oversight/spot-checks/{month}", "随机抽查", TOWNSHIP_UP);
        allow("GET", "/api/oversight/assessments/{year}", "年度考核", TOWNSHIP_UP);
        allow("GET", "/api/oversight/assessments/{year}/report.xlsx", "下载年度考核报告", COUNTY,
                "年度考核报告只供县民政局下载；乡镇可查询本乡镇的考核得分。");

        allow("POST", "/api/alerts", "推送大数据预警", PLATFORM,
                "仅社会救助大数据平台的系统账号、县民政局或系统管理员可以推送大数据预警。");
        allow("GET", "/api/alerts/{alertId}", "查询预警处理结果", PLATFORM);

        // 节假日安排 (issue 16 §2): the county enters each year's notice; every caseworker may read it
        allow("GET", "/api/calendar/years", "查看节假日安排", VILLAGE_UP);
        allow("GET", "/api/calendar/years/{year}", "查看节假日安排", VILLAGE_UP);
        allow("PUT", "/api/calendar/years/{year}", "录入节假日安排", COUNTY,
                "节假日安排只能由系统管理员或县民政局录入；其他人员可以查看。");
        allow("POST", "/api/calendar/years/{year}/file", "上传节假日安排", COUNTY,
                "节假日安排只能由系统管理员或县民政局上传；其他人员可以查看。");
        allow("GET", "/api/calendar/template.csv", "节假日安排模板", VILLAGE_UP);
        allow("GET", "/api/calendar/changes", "节假日安排修改记录", VILLAGE_UP);
        allow("GET", "/api/calendar/changes/{id}", "节假日安排修改记录", VILLAGE_UP);
        allow("GET", "/api/calendar/status", "节假日安排提醒", VILLAGE_UP);

        allow("GET", "/api/access-log", "查询个人信息访问日志", COUNTY);
        allow("GET", "/api/access-log/export.xlsx", "导出个人信息访问日志", COUNTY);
        allow("GET", "/api/access-log/verify", "校验个人信息访问日志", COUNTY);

        // issue 16: what a change of a year's holiday arrangement moved lists every township's tasks
        allow("GET", "/api/calendar/changes/{changeId}/moves", "查询节假日安排变更移动的期限", COUNTY);
    }

    private ApiAccessRules() {
    }

    private static void allow(String method, String pattern, String what, Set<Role> roles) {
        allow(method, pattern, what, roles, null);
    }

    /** With the refusal every other caller reads. */
    private static void allow(String method, String pattern, String what, Set<Role> roles, String refusal) {
        Rule rule = new Rule(method, pattern, what, Set.copyOf(roles), false, refusal);
        RULES.put(rule.key(), rule);
    }

    private static void anyone(String method, String pattern, String what) {
        Rule rule = new Rule(method, pattern, what, Set.of(), true, null);
        RULES.put(rule.key(), rule);
    }

    public static List<Rule> all() {
        return List.copyOf(RULES.values());
    }

    public static Optional<Rule> find(String method, String pattern) {
        return Optional.ofNullable(RULES.get(method + " " + pattern));
    }

    /** Why this caller may not use the rule's operation, in Chinese; empty when they may. */
    public static Optional<String> refusal(Rule rule, CallerScope caller) {
        Set<Role> roles = caller.roles();
        if (rule.anyone() || roles.stream().anyMatch(rule.roles()::contains)) {
            return Optional.empty();
        }
        if (rule.refusal() != null) {
            return Optional.of(rule.refusal());
        }
        if (roles.contains(Role.SYSTEM)) {
            return Optional.of("系统账号只能推送大数据预警（POST /api/alerts）并查询其处理结果（GET /api/alerts/{预警编号}），无权使用“"
                    + rule.what() + "”。");
        }
        if (roles.contains(Role.DEPARTMENT)) {
            return Optional.of("部门联络员只能查看转介给本部门的案件（GET /api/cases/{案件编号}）并在任务办理中答复转介，无权使用“"
                    + rule.what() + "”。");
        }
        String who = rule.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
        return Optional.of("无权使用“" + rule.what() + "”：仅限" + who + "。");
    }
}
