package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.workflow.Choices;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice's columns of a classified entry (身体状况、劳动能力、困难程度、自救能力) as the home visit
 * recorded them (its codes, shown with the visit form's labels), and the household's at that time.
 * Stored with the entry when the household is classified, so the ledger shows them as they were then.
 */
record LedgerColumns(String healthStatus, Integer disabilityGrade, String selfCare, String labourCapacity,
                     String hardshipDegree, String selfHelpCapacity, Integer householdSize,
                     java.math.BigDecimal perCapitaIncome, String memberBenefits, String responsiblePerson) {

    /** The visit form's lists (forms/visit-household.form), code and label. */
    static final Choices HEALTH = Choices.of("HEALTHY", "健康", "CHRONIC", "长期慢性病", "SERIOUS", "重病", "DISABLED", "残疾");
    static final Choices LABOUR = Choices.of("FULL", "有劳动能力", "PARTIAL", "部分丧失", "LOST", "完全丧失",
            "NONE", "无劳动能力（未成年或老年）");
    static final Choices DEGREES = Choices.of("SEVERE", "特别困难", "MODERATE", "比较困难", "MILD", "一般困难");
    static final Choices SELF_HELP = Choices.of("NONE", "无自救能力", "WEAK", "自救能力较弱", "SOME", "有一定自救能力");
    /** From the six ADL items: 1-3 failed 半失能, 4 or more 失能 (the household file's codes). */
    static final Choices SELF_CARE = Choices.of("SELF", "生活能自理", "PARTIAL", "半失能", "NONE", "失能");
    static final String[] GRADES = {"", "一级", "二级", "三级", "四级"};

    static final LedgerColumns NONE = new LedgerColumns(null, null, null, null, null, null, null, null, null, null);

    LedgerColumns withHousehold(Integer size, java.math.BigDecimal perCapita, String benefits, String responsible) {
        return new LedgerColumns(healthStatus, disabilityGrade, selfCare, labourCapacity, hardshipDegree, selfHelpCapacity,
                size, perCapita, benefits, responsible);
    }

    /** The self-care code of a number of failed ADL items. */
    static String selfCare(Integer adlFailed) {
        if (adlFailed == null) {
            return null;
        }
        return adlFailed >= 4 ? "NONE" : adlFailed >= 1 ? "PARTIAL" : "SELF";
    }

    /** 身体状况 as one cell: "残疾（二级），半失能", "长期慢性病，生活能自理". */
    static String physicalCondition(String healthStatus, Integer disabilityGrade, String selfCare) {
        List<String> parts = new ArrayList<>();
        if (healthStatus != null) {
            String health = label(HEALTH, healthStatus);
            if (disabilityGrade != null && disabilityGrade >= 1 && disabilityGrade <= 4) {
                health += "（" + GRADES[disabilityGrade] + "）";
            }
            parts.add(health);
        }
        if (selfCare != null) {
            parts.add(label(SELF_CARE, selfCare));
        }
        return parts.isEmpty() ? null : String.join("，", parts);
    }

    /** The label of a code; an unknown code as it is, none as none. */
    static String label(Choices choices, String code) {
        if (code == null) {
            return null;
        }
        String label = choices.label(code);
        return label == null ? code : label;
    }
}
