package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.household.HouseholdFacts;
import cn.qingyang.assistance.household.HouseholdFigures;
import cn.qingyang.assistance.household.MemberInput;
import cn.qingyang.assistance.workflow.Answers;
import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionRules;
import cn.qingyang.assistance.workflow.IncompleteTaskException;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A home visit as the two investigators recorded it, checked under the three don't-let-go rule:
 * the person seen or why not; every assessment item filled in; a countermeasure proposed. Pure
 * domain logic: it reads the submitted values and says, in Chinese, what is missing.
 */
record VisitAssessment(LocalDate visitDate, String investigator1, String investigator2, boolean personSeen,
                              String notSeenReason, String healthStatus, Integer disabilityGrade, String labourCapacity,
                              int adlFailed, Integer householdSize, BigDecimal incomeWage, BigDecimal incomeBusiness,
                              BigDecimal incomeProperty, BigDecimal incomeTransfer, String mainAssets,
                              BigDecimal medicalSpending, BigDecimal educationSpending, List<String> causes,
                              String hardshipDegree, String selfHelpCapacity, String findings, String countermeasures,
                              boolean moreInvestigationNeeded) {

    static final Choices SEEN = Choices.of("YES", "见到本人", "NO", "未见到本人");
    static final Choices HEALTH = Choices.of("HEALTHY", "健康", "CHRONIC", "长期慢性病", "SERIOUS", "重病", "DISABLED", "残疾");
    static final Choices LABOUR = Choices.of("FULL", "有劳动能力", "PARTIAL", "部分丧失", "LOST", "完全丧失",
            "NONE", "无劳动能力（未成年或老年）");
    static final Choices SELF_CARE = Choices.of("YES", "能自理", "NO", "不能自理");
    static final Map<String, String> ADL = Map.of(ADL_EATING, "进食", ADL_DRESSING, "穿衣", ADL_BATHING, "洗澡",
            ADL_TOILETING, "如厕", ADL_TRANSFERRING, "上下床", ADL_WALKING, "室内行走");
    static final List<String> ADL_ORDER = List.of(ADL_EATING, ADL_DRESSING, ADL_BATHING, ADL_TOILETING,
            ADL_TRANSFERRING, ADL_WALKING);
    static final Choices CAUSES = Choices.of("01", "因病", "02", "因灾", "03", "因残", "04", "缺劳动力", "05", "意外事故",
            "06", "产业失败", "07", "务工就业不稳", "09", "因学", "99", "其他");
    static final Choices DEGREES = Choices.of("SEVERE", "特别困难", "MODERATE", "比较困难", "MILD", "一般困难");
    static final Choices SELF_HELP = Choices.of("NONE", "无自救能力", "WEAK", "自救能力较弱", "SOME", "有一定自救能力");
    static final Choices CAN_APPLY = Choices.of("YES", "本人能自行申请", "NO", "因病或残疾无法自行申请（由村协理员协助）");
    static final Choices CONCLUSIONS = Choices.of("COMPLETE", "情况已查清", "MORE_NEEDED", "需补充调查");
    static final String REPEATED_CAUSE = "致困原因不能重复选择";

    /** The same name typed twice, whatever (full-width) spaces surround or split it. */
    static boolean samePerson(String first, String second) {
        return first.replaceAll("[\\s\u3000]+", "").equals(second.replaceAll("[\\s\u3000]+", ""));
    }

    /** 失能 (4+ ADL items lost), 半失能 (1-3), or neither. */
    public String selfCareLoss() {
        return adlFailed >= 4 ? "COMPLETE" : adlFailed >= 1 ? "PARTIAL" : "NONE";
    }

    /**
     * The household as its members make it up: their number, their monthly incomes by type
     * added up, and their monthly medical and education spending over twelve months (the visit
     * record's spending columns are yearly).
     */
    public VisitAssessment withMembers(List<MemberInput> members) {
        BigDecimal twelve = BigDecimal.valueOf(12);
        return new VisitAssessment(visitDate, investigator1, investigator2, personSeen, notSeenReason, healthStatus,
                disabilityGrade, labourCapacity, adlFailed, members.size(), sum(members, MemberInput::incomeWage),
                sum(members, MemberInput::incomeBusiness), sum(members, MemberInput::incomeProperty),
                sum(members, MemberInput::incomeTransfer), mainAssets,
                sum(members, MemberInput::medicalSpending).multiply(twelve),
                sum(members, MemberInput::educationSpending).multiply(twelve), causes, hardshipDegree, selfHelpCapacity,
                findings, countermeasures, moreInvestigationNeeded);
    }

    private static BigDecimal sum(List<MemberInput> members, Function<MemberInput, BigDecimal> amount) {
        return members.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Rigid spending over income, as the routing rules read it: the typed yearly medical and
     * education spending, per month, over the typed monthly income.
     */
    public double rigidSpendingShare() {
        return HouseholdFigures.rigidSpendingShare(
                medicalSpending.add(educationSpending).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP),
                incomeWage.add(incomeBusiness).add(incomeProperty).add(incomeTransfer));
    }

    /** Monthly household income per person (元), two decimals. */
    public BigDecimal perCapitaIncome() {
        BigDecimal total = incomeWage.add(incomeBusiness).add(incomeProperty).add(incomeTransfer);
        return total.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
    }

    /** What a visit record of the form before the household file needs: the household's totals typed in. */
    static CompletionRules rules(LocalDate today) {
        return rules(today, null);
    }

    /**
     * What a visit record needs: the person seen or why not, then every item, then a countermeasure.
     *
     * @param members the check of the household's member rows ({@link DiscoveryCaseProcess#HOUSEHOLD_MEMBERS}):
     *                their problems, in Chinese; null for a visit on the form before the household
     *                file, which records the household's totals instead
     */
    static CompletionRules rules(LocalDate today, Function<Object, List<String>> members) {
        return CompletionRules.forTask("走访记录不完整，不能提交：")
                .date(VISIT_DATE, "走访日期")
                .rule("走访日期不能晚于今天", a -> !a.date(VISIT_DATE).isAfter(today), VISIT_DATE)
                .plainText(INVESTIGATOR_1, "调查人员一").plainText(INVESTIGATOR_2, "调查人员二")
                .rule("入户调查须由至少 2 名不同的工作人员进行",
                        a -> !samePerson(a.text(INVESTIGATOR_1), a.text(INVESTIGATOR_2)), INVESTIGATOR_1, INVESTIGATOR_2)
                .strictChoice(PERSON_SEEN, "是否见到本人", SEEN)
                .when(PERSON_SEEN, "NO", notSeen -> notSeen.plainText(NOT_SEEN_REASON, "未见到本人的原因"))
                .when(PERSON_SEEN, "YES", seen -> {
                    seen.reportedAs("情况不调查清楚不放过——入户调查评估不完整，不能提交：")
                            .strictChoice(HEALTH_STATUS, "健康状况", HEALTH).integer(DISABILITY_GRADE, "残疾等级", 0, 4)
                            .rule("健康状况为“残疾”时须选择残疾等级（一至四级）",
                                    a -> !a.is(HEALTH_STATUS, "DISABLED") || a.integer(DISABILITY_GRADE) != 0, DISABILITY_GRADE)
                            .strictChoice(LABOUR_CAPACITY, "劳动能力", LABOUR);
                    ADL_ORDER.forEach(item -> seen.strictChoice(item, "生活自理能力：" + ADL.get(item), SELF_CARE));
                    if (members == null) {
                        seen.integer(HOUSEHOLD_SIZE, "家庭人口", 1, 30)
                                .amount(INCOME_WAGE, "工资性收入").amount(INCOME_BUSINESS, "经营净收入")
                                .amount(INCOME_PROPERTY, "财产净收入").amount(INCOME_TRANSFER, "转移净收入")
                                .plainText(MAIN_ASSETS, "主要财产")
                                .amount(MEDICAL_SPENDING, "医疗刚性支出").amount(EDUCATION_SPENDING, "教育刚性支出");
                    } else {
                        seen.checkedBy(HOUSEHOLD_FACTS, facts -> HouseholdFacts.check(facts).problems())
                                .checkedBy(HOUSEHOLD_MEMBERS, members).plainText(MAIN_ASSETS, "主要财产");
                    }
                    seen.strictChoice(CAUSE_1, "主要致困原因", CAUSES)
                            .optionalChoice(CAUSE_2, "致困原因", CAUSES)
                            .rule(REPEATED_CAUSE, a -> !a.choice(CAUSE_2).equals(a.choice(CAUSE_1)), CAUSE_2)
                            .optionalChoice(CAUSE_3, "致困原因", CAUSES)
                            .rule(REPEATED_CAUSE, a -> !a.choice(CAUSE_3).equals(a.choice(CAUSE_1))
                                    && !a.choice(CAUSE_3).equals(a.choice(CAUSE_2)), CAUSE_3)
                            .strictChoice(HARDSHIP_DEGREE, "困难程度", DEGREES)
                            .strictChoice(SELF_HELP_CAPACITY, "自救能力", SELF_HELP)
                            .strictChoice(CAN_APPLY_THEMSELVES, "本人能否自行申请", CAN_APPLY)
                            .plainText(FINDINGS, "调查发现")
                            .strictChoice(INVESTIGATION_CONCLUSION, "调查结论", CONCLUSIONS)
                            .then("不提出对策建议不放过——")
                            .plainText(COUNTERMEASURES, "对策建议");
                });
    }

    /**
     * Reads and checks the submitted values.
     *
     * @throws IncompleteTaskException naming every missing or invalid item
     */
    public static VisitAssessment from(Function<String, Object> variables, LocalDate today) {
        return from(variables, today, null);
    }

    /**
     * As {@link #from(Function, LocalDate)}, for a visit that lists the household's members: the
     * household's figures are the members' ({@link #withMembers}), not typed in.
     */
    public static VisitAssessment from(Function<String, Object> variables, LocalDate today,
                                       Function<Object, List<String>> members) {
        Answers a = rules(today, members).check(ProcessVariables.from(variables));
        if (!a.is(PERSON_SEEN, "YES")) {
            return new VisitAssessment(a.date(VISIT_DATE), a.text(INVESTIGATOR_1), a.text(INVESTIGATOR_2), false,
                    a.text(NOT_SEEN_REASON), null, null, null, 0, null, null, null, null, null, null, null, null,
                    List.of(), null, null, null, null, false);
        }
        int adlFailed = (int) ADL_ORDER.stream().filter(item -> a.is(item, "NO")).count();
        List<String> causes = Stream.of(CAUSE_1, CAUSE_2, CAUSE_3).map(a::choice).filter(Objects::nonNull).toList();
        return new VisitAssessment(a.date(VISIT_DATE), a.text(INVESTIGATOR_1), a.text(INVESTIGATOR_2), true, null,
                a.choice(HEALTH_STATUS), a.integer(DISABILITY_GRADE), a.choice(LABOUR_CAPACITY), adlFailed,
                a.integer(HOUSEHOLD_SIZE), a.amount(INCOME_WAGE), a.amount(INCOME_BUSINESS), a.amount(INCOME_PROPERTY),
                a.amount(INCOME_TRANSFER), a.text(MAIN_ASSETS), a.amount(MEDICAL_SPENDING),
                a.amount(EDUCATION_SPENDING), causes, a.choice(HARDSHIP_DEGREE), a.choice(SELF_HELP_CAPACITY),
                a.text(FINDINGS), a.text(COUNTERMEASURES), a.is(INVESTIGATION_CONCLUSION, "MORE_NEEDED"));
    }
}
