package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.person.HouseholdRegistration;
import cn.qingyang.assistance.workflow.Choices;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Chinese names of the codes the features' tables hold, as their forms and ledgers name them
 * (the household's own lists are {@code household.HouseholdCodes}). A code nobody foresaw is shown
 * as it is, never dropped.
 */
final class FileLabels {

    static final Choices CASE_STATUS = Choices.of("OPEN", "在办", "CLOSED", "已办结");
    static final Choices REPORT_RESULT = Choices.of("OPENED", "立案", "ATTACHED", "并入在办案件");
    static final Choices CATEGORY = Choices.of("SPECIAL", "特殊困难", "GENERAL", "一般困难", "TEMPORARY", "临时困难");
    static final Choices CAUSES = Choices.of("01", "因病", "02", "因灾", "03", "因残", "04", "缺劳动力", "05", "意外事故",
            "06", "产业失败", "07", "务工就业不稳", "09", "因学", "99", "其他");
    static final Choices HARDSHIP_DEGREE = Choices.of("SEVERE", "特别困难", "MODERATE", "比较困难", "MILD", "一般困难");
    static final Choices SELF_HELP = Choices.of("NONE", "无自救能力", "WEAK", "自救能力较弱", "SOME", "有一定自救能力");
    static final Choices CONCLUSION = Choices.of("COMPLETE", "情况已查清", "MORE_NEEDED", "需补充调查");
    static final Choices AID_KIND = Choices.of("CASH", "现金", "IN_KIND", "实物");
    static final Choices DECISION_KIND = Choices.of("DIBAO", "最低生活保障", "TEMPORARY", "临时救助",
            "EXTREME_POVERTY", "特困人员供养");
    static final Choices DECISION_OUTCOME = Choices.of("APPROVED", "批准", "PAID", "已发放", "REFUSED", "不予批准");
    static final Choices CARE_KIND = Choices.of("CENTRAL_CARE", "集中供养", "MATERIAL_SERVICE", "物质+服务（照料协议）");
    static final Choices REFERRAL_STATUS = Choices.of("OPEN", "待部门答复", "ACCEPTED", "已受理并给予救助",
            "DECLINED", "不符合本部门救助条件");
    static final Choices LEDGER_KIND = Choices.of("URGENT", "急难对象台账", "CLASSIFIED", "分类台账");
    static final Choices LEDGER_STATUS = Choices.of("ACTIVE", "跟踪回访中", "CLOSED", "已销号");
    static final Choices FOLLOW_UP_OUTCOME = Choices.of("RESOLVED", "困难已解决（台账销号）",
            "UNCHANGED", "无明显变化（继续定期回访）", "WORSE", "情况恶化（重新上报、再评估）");
    static final Choices SPOT_CHECK_OUTCOME = Choices.of("NORMAL", "正常", "MISSED", "漏保", "WRONG", "错保",
            "FAVOUR", "人情保", "CONNECTION", "关系保");

    private FileLabels() {
    }

    /** The label of a code, the code itself when the list does not know it, null for no code. */
    static String label(Choices choices, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String label = choices.label(code.strip());
        return label == null ? code : label;
    }

    /** Comma-separated codes as labels joined with "、". */
    static String labels(Choices choices, String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return Arrays.stream(codes.split(",")).map(c -> label(choices, c)).collect(Collectors.joining("、"));
    }

    static String channel(String code) {
        return code == null ? null : Channel.fromCode(code).map(Channel::label).orElse(code);
    }

    static String department(String code) {
        return code == null ? null : OrganisationGroups.DEPARTMENTS.getOrDefault(code, code);
    }

    static String registration(String code) {
        return code == null ? null : Arrays.stream(HouseholdRegistration.values()).filter(r -> r.name().equals(code))
                .map(HouseholdRegistration::label).findFirst().orElse(code);
    }
}
