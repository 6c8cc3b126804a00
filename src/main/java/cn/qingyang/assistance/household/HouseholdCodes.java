package cn.qingyang.assistance.household;

import cn.qingyang.assistance.workflow.Choices;

/**
 * The household file's closed lists, code and Chinese label, in the order a form lists them. The
 * visit form, the household file page, the xlsx and the checks all read them from here.
 */
public final class HouseholdCodes {

    public static final String HEAD = "HEAD";
    /** 低保 among a member's current benefits. */
    public static final String DIBAO = "DIBAO";
    /** No disability: the grade is not asked. */
    public static final String NO_DISABILITY = "NONE";

    public static final Choices RELATIONS = Choices.of(HEAD, "户主", "SPOUSE", "配偶", "CHILD", "子女",
            "CHILD_IN_LAW", "儿媳/女婿", "PARENT", "父母", "GRANDCHILD", "孙子女/外孙子女", "GRANDPARENT", "祖父母/外祖父母",
            "SIBLING", "兄弟姐妹", "OTHER", "其他");
    public static final Choices REGISTRATION_TYPES = Choices.of("URBAN", "城镇", "RURAL", "农村");
    public static final Choices HOUSING_TYPES = Choices.of("OWN", "自有住房", "RENTED", "租住", "PUBLIC", "公租房",
            "BORROWED", "借住亲友", "NONE", "无固定住所");
    public static final Choices HOUSING_SAFETY = Choices.of("A", "A 级（安全）", "B", "B 级（基本安全）",
            "C", "C 级（局部危险）", "D", "D 级（整体危险）");
    public static final Choices SAVINGS_BANDS = Choices.of("NONE", "无存款", "UNDER_10K", "1 万元以下",
            "10K_50K", "1 万至 5 万元", "OVER_50K", "5 万元以上");
    /** The focus groups of the notice's clause 二. */
    public static final Choices FOCUS_GROUPS = Choices.of("MARGINAL", "低保边缘", "SPENDING", "支出型困难",
            "UNSTABLE", "脱贫不稳定", "REFUSED_BEFORE", "曾申请救助未获批", "HOTLINE", "热线/信访反映",
            "DISASTER", "受灾", "DIBAO_STILL_HARD", "已纳入低保仍困难");
    public static final Choices HEALTH = Choices.of("HEALTHY", "健康", "CHRONIC", "长期慢性病", "SERIOUS", "重病");
    public static final Choices DISABILITY_CATEGORIES = Choices.of(NO_DISABILITY, "无残疾", "VISUAL", "视力残疾",
            "HEARING", "听力残疾", "SPEECH", "言语残疾", "PHYSICAL", "肢体残疾", "INTELLECTUAL", "智力残疾",
            "MENTAL", "精神残疾", "MULTIPLE", "多重残疾");
    public static final Choices LABOUR = Choices.of("FULL", "完全劳动能力", "PARTIAL", "部分丧失劳动能力",
            "LOST", "丧失劳动能力");
    /** The ADL result: 1-3 of the six items failed is 半失能, four or more 失能. */
    public static final Choices SELF_CARE = Choices.of("SELF", "自理", "PARTIAL", "半失能", "NONE", "失能");
    public static final Choices SCHOOLING = Choices.of("NOT_IN_SCHOOL", "不在学", "PRESCHOOL", "学前教育",
            "PRIMARY", "小学", "JUNIOR", "初中", "SENIOR", "高中/中职", "COLLEGE", "大专及以上");
    public static final Choices EMPLOYMENT = Choices.of("EMPLOYED", "务工/就业", "FARMING", "务农",
            "SELF_EMPLOYED", "个体经营", "UNEMPLOYED", "失业/无业", "RETIRED", "退休", "STUDENT", "在校学生",
            "UNABLE", "无劳动能力");
    public static final Choices BENEFITS = Choices.of(DIBAO, "低保", "TEKUN", "特困供养", "TEMPORARY", "临时救助",
            "DISABILITY_ALLOWANCE", "残疾人两项补贴", "PENSION", "养老金", "OTHER", "其他");
    public static final Choices SUPPORTER_RELATIONS = Choices.of("CHILD", "子女（赡养）", "SPOUSE", "配偶（扶养）",
            "PARENT", "父母（抚养）", "GRANDCHILD", "孙子女（赡养）", "SIBLING", "兄弟姐妹（扶养）", "OTHER", "其他");

    private HouseholdCodes() {
    }

    /** Labels of comma-separated codes, joined with "、"; unknown codes are shown as they are. */
    public static String labels(Choices choices, String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String code : codes.split(",")) {
            String label = choices.label(code.strip());
            out.append(out.isEmpty() ? "" : "、").append(label == null ? code.strip() : label);
        }
        return out.toString();
    }
}
