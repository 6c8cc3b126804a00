package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A home visit as the two investigators recorded it, checked under the three don't-let-go rule:
 * the person seen or why not; every assessment item filled in; a countermeasure proposed. Pure
 * domain logic: it reads the submitted values and says, in Chinese, what is missing.
 */
public record VisitAssessment(LocalDate visitDate, String investigator1, String investigator2, boolean personSeen,
                              String notSeenReason, String healthStatus, Integer disabilityGrade, String labourCapacity,
                              int adlFailed, Integer householdSize, BigDecimal incomeWage, BigDecimal incomeBusiness,
                              BigDecimal incomeProperty, BigDecimal incomeTransfer, String mainAssets,
                              BigDecimal medicalSpending, BigDecimal educationSpending, List<String> causes,
                              String hardshipDegree, String selfHelpCapacity, String findings, String countermeasures,
                              boolean moreInvestigationNeeded) {

    static final Set<String> HEALTH = Set.of("HEALTHY", "CHRONIC", "SERIOUS", "DISABLED");
    static final Set<String> LABOUR = Set.of("FULL", "PARTIAL", "LOST", "NONE");
    static final Set<String> CAUSES = Set.of("01", "02", "03", "04", "05", "06", "07", "09", "99");
    static final Set<String> DEGREES = Set.of("SEVERE", "MODERATE", "MILD");
    static final Set<String> SELF_HELP = Set.of("NONE", "WEAK", "SOME");
    static final Set<String> YES_NO = Set.of("YES", "NO");
    static final Map<String, String> ADL = Map.of(ADL_EATING, "进食", ADL_DRESSING, "穿衣", ADL_BATHING, "洗澡",
            ADL_TOILETING, "如厕", ADL_TRANSFERRING, "上下床", ADL_WALKING, "室内行走");
    static final List<String> ADL_ORDER = List.of(ADL_EATING, ADL_DRESSING, ADL_BATHING, ADL_TOILETING,
            ADL_TRANSFERRING, ADL_WALKING);

    /** The same name typed twice, whatever (full-width) spaces surround or split it. */
    static boolean samePerson(String first, String second) {
        return first.replaceAll("[\\s\u3000]+", "").equals(second.replaceAll("[\\s\u3000]+", ""));
    }

    /** 失能 (4+ ADL items lost), 半失能 (1-3), or neither. */
    public String selfCareLoss() {
        return adlFailed >= 4 ? "COMPLETE" : adlFailed >= 1 ? "PARTIAL" : "NONE";
    }

    /** Monthly household income per person (元), two decimals. */
    public BigDecimal perCapitaIncome() {
        BigDecimal total = incomeWage.add(incomeBusiness).add(incomeProperty).add(incomeTransfer);
        return total.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
    }

    /**
     * Reads and checks the submitted values.
     *
     * @throws IncompleteTaskException naming every missing or invalid item
     */
    public static VisitAssessment from(Function<String, Object> variables, LocalDate today) {
        Reader r = new Reader(variables);
        LocalDate date = r.date(VISIT_DATE, "走访日期");
        if (date != null && date.isAfter(today)) {
            r.problems.add("走访日期不能晚于今天");
        }
        String first = r.text(INVESTIGATOR_1, "调查人员一");
        String second = r.text(INVESTIGATOR_2, "调查人员二");
        if (first != null && second != null && samePerson(first, second)) {
            r.problems.add("入户调查须由至少 2 名不同的工作人员进行");
        }
        String seen = r.choice(PERSON_SEEN, "是否见到本人", YES_NO);
        if (!"YES".equals(seen)) {
            String reason = "NO".equals(seen) ? r.text(NOT_SEEN_REASON, "未见到本人的原因") : null;
            r.throwIfAny("走访记录不完整，不能提交：");
            return new VisitAssessment(date, first, second, false, reason, null, null, null, 0, null, null, null,
                    null, null, null, null, null, List.of(), null, null, null, null, false);
        }
        String health = r.choice(HEALTH_STATUS, "健康状况", HEALTH);
        Integer grade = r.integer(DISABILITY_GRADE, "残疾等级", 0, 4);
        if ("DISABLED".equals(health) && grade != null && grade == 0) {
            r.problems.add("健康状况为“残疾”时须选择残疾等级（一至四级）");
        }
        String labour = r.choice(LABOUR_CAPACITY, "劳动能力", LABOUR);
        int adlFailed = 0;
        for (String item : ADL_ORDER) {
            if ("NO".equals(r.choice(item, "生活自理能力：" + ADL.get(item), YES_NO))) {
                adlFailed++;
            }
        }
        Integer size = r.integer(HOUSEHOLD_SIZE, "家庭人口", 1, 30);
        BigDecimal wage = r.money(INCOME_WAGE, "工资性收入");
        BigDecimal business = r.money(INCOME_BUSINESS, "经营净收入");
        BigDecimal property = r.money(INCOME_PROPERTY, "财产净收入");
        BigDecimal transfer = r.money(INCOME_TRANSFER, "转移净收入");
        String assets = r.text(MAIN_ASSETS, "主要财产");
        BigDecimal medical = r.money(MEDICAL_SPENDING, "医疗刚性支出");
        BigDecimal education = r.money(EDUCATION_SPENDING, "教育刚性支出");
        List<String> causes = r.causes();
        String degree = r.choice(HARDSHIP_DEGREE, "困难程度", DEGREES);
        String selfHelp = r.choice(SELF_HELP_CAPACITY, "自救能力", SELF_HELP);
        r.choice(CAN_APPLY_THEMSELVES, "本人能否自行申请", YES_NO);
        String findings = r.text(FINDINGS, "调查发现");
        String conclusion = r.choice(INVESTIGATION_CONCLUSION, "调查结论", Set.of("COMPLETE", "MORE_NEEDED"));
        r.throwIfAny("情况不调查清楚不放过——入户调查评估不完整，不能提交：");
        String measures = r.text(COUNTERMEASURES, "对策建议");
        r.throwIfAny("不提出对策建议不放过——");
        return new VisitAssessment(date, first, second, true, null, health, grade, labour, adlFailed, size, wage,
                business, property, transfer, assets, medical, education, causes, degree, selfHelp, findings, measures,
                "MORE_NEEDED".equals(conclusion));
    }

    /** Collects every problem rather than stopping at the first, so the worker fixes all at once. */
    private static final class Reader {
        final Function<String, Object> variables;
        final List<String> problems = new ArrayList<>();

        Reader(Function<String, Object> variables) {
            this.variables = variables;
        }

        void throwIfAny(String lead) {
            if (!problems.isEmpty()) {
                throw new IncompleteTaskException(lead, problems);
            }
        }

        String text(String name, String label) {
            Object value = variables.apply(name);
            if (value == null || value.toString().isBlank()) {
                problems.add("请填写" + label);
                return null;
            }
            // later forms show the visit's texts in Markdown text views, which would render a tag
            // as HTML (sanitised) rather than show it: plain text only, as for reports
            if (Texts.MARKUP.matcher(value.toString()).find()) {
                problems.add(label + "中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字");
                return null;
            }
            return value.toString().strip();
        }

        String choice(String name, String label, Set<String> allowed) {
            Object value = variables.apply(name);
            if (value == null || value.toString().isBlank()) {
                problems.add("请选择" + label);
                return null;
            }
            if (!allowed.contains(value.toString())) {
                problems.add(label + "的取值“" + value + "”无效");
                return null;
            }
            return value.toString();
        }

        Integer integer(String name, String label, int min, int max) {
            Object value = variables.apply(name);
            if (value == null || value.toString().isBlank()) {
                problems.add("请填写" + label);
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value.toString().strip());
                if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
                    throw new NumberFormatException();
                }
                int n = number.intValueExact();
                if (n < min || n > max) {
                    problems.add(label + "应在 " + min + " 到 " + max + " 之间");
                    return null;
                }
                return n;
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(label + "应为整数");
                return null;
            }
        }

        BigDecimal money(String name, String label) {
            Object value = variables.apply(name);
            if (value == null || value.toString().isBlank()) {
                problems.add("请填写" + label + "（没有请填 0）");
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value.toString().strip()).setScale(2, RoundingMode.HALF_UP);
                if (amount.signum() < 0) {
                    problems.add(label + "不能为负数");
                    return null;
                }
                return amount;
            } catch (NumberFormatException e) {
                problems.add(label + "应为金额数字");
                return null;
            }
        }

        LocalDate date(String name, String label) {
            Object value = variables.apply(name);
            if (value == null || value.toString().isBlank()) {
                problems.add("请填写" + label);
                return null;
            }
            if (value instanceof Date d) {
                return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            }
            try {
                return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
            } catch (DateTimeParseException e) {
                problems.add(label + "格式应为 年-月-日");
                return null;
            }
        }

        List<String> causes() {
            Set<String> causes = new LinkedHashSet<>();
            String first = choice(CAUSE_1, "主要致困原因", CAUSES);
            if (first != null) {
                causes.add(first);
            }
            for (String name : List.of(CAUSE_2, CAUSE_3)) {
                Object value = variables.apply(name);
                if (value != null && !value.toString().isBlank()) {
                    if (!CAUSES.contains(value.toString())) {
                        problems.add("致困原因的取值“" + value + "”无效");
                    } else if (!causes.add(value.toString())) {
                        problems.add("致困原因不能重复选择");
                    }
                }
            }
            return List.copyOf(causes);
        }
    }
}
