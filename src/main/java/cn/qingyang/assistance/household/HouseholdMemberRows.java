package cn.qingyang.assistance.household;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.person.InvalidIdNumberException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.workflow.Choices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The members of a household as the home visit form lists them (a form-js dynamic list, one row
 * per member): the rows the form starts with, made from the household file with masked numbers
 * only, and the rows a caseworker sends back, checked member by member. Every problem is said in
 * Chinese naming the member by row number and name ("第 2 位成员（李四）：身份证号码校验位不正确…"), so
 * that the whole list is fixed at once. Engine-free: the household's state comes in through
 * {@link Household}.
 */
public final class HouseholdMemberRows {

    // ---- the keys of a row (the form's field keys inside the list)
    /** The person's id, as text; empty for a member added at this visit. */
    public static final String PERSON_ID = "personId";
    public static final String NAME = "name";
    /** The stored number, masked: shown, never edited. */
    public static final String ID_NUMBER_MASKED = "idNumberMasked";
    /** A full number typed at the visit: a new member's, or a correction; blank keeps the stored one. */
    public static final String ID_NUMBER = "idNumber";
    /**
     * A typed number once the completion was accepted, sealed with the data key: the engine's
     * tables never keep a full number, the step after the task opens it.
     */
    public static final String ID_NUMBER_SEALED = "idNumberSealed";
    /** "男，63 岁": from the stored number, shown only. */
    public static final String SEX_AGE = "sexAge";
    public static final String RELATION = "relation";
    public static final String HEALTH = "health";
    public static final String ILLNESS = "illness";
    public static final String DISABILITY_CATEGORY = "disabilityCategory";
    public static final String DISABILITY_GRADE = "disabilityGrade";
    public static final String LABOUR_CAPACITY = "labourCapacity";
    public static final String SELF_CARE = "selfCare";
    public static final String SCHOOLING = "schooling";
    public static final String EMPLOYMENT = "employment";
    public static final String INCOME_WAGE = "incomeWage";
    public static final String INCOME_BUSINESS = "incomeBusiness";
    public static final String INCOME_PROPERTY = "incomeProperty";
    public static final String INCOME_TRANSFER = "incomeTransfer";
    public static final String MEDICAL_SPENDING = "medicalSpending";
    public static final String EDUCATION_SPENDING = "educationSpending";
    public static final String BENEFITS = "benefits";

    /** Health conditions that need the illness named. */
    static final Set<String> ILLNESS_NAMED = Set.of("CHRONIC", "SERIOUS");
    static final int MAX_MEMBERS = 30;
    static final int MAX_NAME = 50;
    static final int MAX_ILLNESS = 100;

    private HouseholdMemberRows() {
    }

    /** What a check needs to know of the household and of persons elsewhere. */
    public interface Household {

        /** The current members: person id and full ID number. */
        Map<Long, String> idNumbers();

        /** The person the case is about: their row may not be removed. */
        long reportedPersonId();

        String reportedPersonName();

        /**
         * Why this number cannot be given to this row, if it cannot: a new member ({@code personId}
         * null) whose number is a person of another household that cannot join (并户), or a
         * correction to a number that is another person's.
         */
        Optional<String> refusal(Long personId, String name, ResidentIdNumber idNumber);
    }

    /** The rows checked: the members when there is no problem, else every problem, in row order. */
    public record Checked(List<MemberInput> members, List<String> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** A stored number masked as a valid one is, even when today's rules refuse it (never shown in full). */
    public static String maskedAsStored(String stored) {
        try {
            return ResidentIdNumber.parse(stored).masked();
        } catch (InvalidIdNumberException e) {
            return stored == null || stored.length() < 10 ? "" : stored.substring(0, 6) + "********" + stored.substring(stored.length() - 4);
        }
    }

    /** The form's rows for the members on file: masked numbers, sex and age from the number. */
    public static List<Map<String, Object>> rows(List<HouseholdRepository.Member> members, LocalDate today) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HouseholdRepository.Member m : members) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(PERSON_ID, Long.toString(m.personId()));
            row.put(NAME, m.name());
            try {
                ResidentIdNumber number = ResidentIdNumber.parse(m.idNumber());
                row.put(ID_NUMBER_MASKED, number.masked());
                row.put(SEX_AGE, number.sex() + "，" + number.ageOn(today.isBefore(number.birthDate()) ? number.birthDate() : today) + " 岁");
            } catch (InvalidIdNumberException e) {
                // a number on file that today's rules refuse: shown masked all the same, to be corrected at the visit
                row.put(ID_NUMBER_MASKED, maskedAsStored(m.idNumber()) + "（号码有误，请更正）");
                row.put(SEX_AGE, "");
            }
            row.put(ID_NUMBER, "");
            row.put(RELATION, m.relation());
            row.put(HEALTH, m.health());
            row.put(ILLNESS, m.illness());
            row.put(DISABILITY_CATEGORY, m.disabilityCategory() == null ? HouseholdCodes.NO_DISABILITY : m.disabilityCategory());
            row.put(DISABILITY_GRADE, m.disabilityGrade() == null ? null : m.disabilityGrade().toString());
            row.put(LABOUR_CAPACITY, m.labourCapacity());
            row.put(SELF_CARE, m.selfCare());
            row.put(SCHOOLING, m.schooling());
            row.put(EMPLOYMENT, m.employment());
            row.put(INCOME_WAGE, m.incomeWage());
            row.put(INCOME_BUSINESS, m.incomeBusiness());
            row.put(INCOME_PROPERTY, m.incomeProperty());
            row.put(INCOME_TRANSFER, m.incomeTransfer());
            row.put(MEDICAL_SPENDING, m.medicalSpending());
            row.put(EDUCATION_SPENDING, m.educationSpending());
            row.put(BENEFITS, m.benefits() == null || m.benefits().isBlank() ? List.of() : List.of(m.benefits().split(",")));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Checks the rows a caseworker sent: each member complete and valid, ID numbers valid and
     * unique within the household, exactly one head, the person of the case still listed.
     *
     * @param rows  the list as submitted (a row's numbers may be numbers or text, a person id text or a number)
     * @param clock today, for the ID numbers' birth dates
     */
    public static Checked check(List<Map<String, Object>> rows, Household household, Clock clock) {
        List<String> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            return new Checked(List.of(), List.of("请至少登记一位家庭成员"));
        }
        if (rows.size() > MAX_MEMBERS) {
            return new Checked(List.of(), List.of("家庭成员不能超过 " + MAX_MEMBERS + " 人"));
        }
        Map<Long, String> stored = household.idNumbers();
        List<MemberInput> members = new ArrayList<>();
        Map<String, Integer> rowOfNumber = new HashMap<>();
        Map<Long, Integer> rowOfPerson = new HashMap<>();
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
            Row r = new Row(row);
            String name = r.text(NAME);
            String who = "第 " + (i + 1) + " 位成员" + (name == null ? "" : "（" + name + "）") + "：";
            List<String> own = new ArrayList<>();
            if (name == null) {
                own.add("请填写姓名");
            } else if (Texts.hasMarkup(name)) {
                own.add("姓名中不能有 HTML 标签或脚本");
            } else if (name.length() > MAX_NAME) {
                own.add("姓名不能超过 " + MAX_NAME + " 字");
            }
            Long personId = r.personId(own);
            // false for a row that names a person it cannot be: its number is not looked at further
            boolean identified = true;
            if (personId != null) {
                if (!stored.containsKey(personId)) {
                    own.add("不是本户已登记的成员，请删除此行后作为新成员添加");
                    identified = false;
                } else if (rowOfPerson.containsKey(personId)) {
                    own.add("与第 " + rowOfPerson.get(personId) + " 位成员是同一人，请删除重复的一行");
                    identified = false;
                } else {
                    rowOfPerson.put(personId, i + 1);
                }
            }
            ResidentIdNumber idNumber = null;
            if (identified) {
                String typed = r.text(ID_NUMBER);
                if (typed == null && personId == null) {
                    own.add("新增成员须填写身份证号码（18 位）");
                } else if (typed != null) {
                    try {
                        idNumber = ResidentIdNumber.parse(typed, clock);
                    } catch (InvalidIdNumberException e) {
                        own.add(e.getMessage());
                    }
                }
                if (personId == null && idNumber != null) {
                    // a row without an id whose number is a member's is that member (a row deleted and typed again)
                    String number = idNumber.value();
                    Long member = stored.entrySet().stream().filter(e -> e.getValue().equals(number))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    if (member != null && !rowOfPerson.containsKey(member)) {
                        personId = member;
                        rowOfPerson.put(member, i + 1);
                    }
                }
                String effective = idNumber != null ? idNumber.value() : personId != null ? stored.get(personId) : null;
                if (effective != null) {
                    Integer earlier = rowOfNumber.putIfAbsent(effective, i + 1);
                    if (earlier != null) {
                        own.add("身份证号码与第 " + earlier + " 位成员相同");
                    } else if (idNumber != null && !idNumber.value().equals(personId == null ? null : stored.get(personId))) {
                        Long owner = personId;
                        boolean anotherMembers = stored.entrySet().stream()
                                .anyMatch(e -> e.getValue().equals(effective) && !e.getKey().equals(owner));
                        if (anotherMembers) {
                            own.add("身份证号码与本户已登记的另一位成员相同，请在该成员一行中修改，不要重复添加");
                        } else {
                            household.refusal(personId, name == null ? "该成员" : name, idNumber).ifPresent(own::add);
                        }
                    }
                }
            }
            String relation = r.choice(RELATION, "与户主关系", HouseholdCodes.RELATIONS, own);
            if (HouseholdCodes.HEAD.equals(relation)) {
                heads.add(i);
            }
            String health = r.choice(HEALTH, "健康状况", HouseholdCodes.HEALTH, own);
            String illness = r.text(ILLNESS);
            if (health != null && ILLNESS_NAMED.contains(health)) {
                if (illness == null) {
                    own.add("请填写所患疾病名称");
                } else if (Texts.hasMarkup(illness)) {
                    own.add("疾病名称中不能有 HTML 标签或脚本");
                } else if (illness.length() > MAX_ILLNESS) {
                    own.add("疾病名称不能超过 " + MAX_ILLNESS + " 字");
                }
            } else {
                illness = null;
            }
            String disability = r.choice(DISABILITY_CATEGORY, "残疾类别", HouseholdCodes.DISABILITY_CATEGORIES, own);
            Integer grade = null;
            if (disability != null && !HouseholdCodes.NO_DISABILITY.equals(disability)) {
                grade = r.grade(own);
            }
            String labour = r.choice(LABOUR_CAPACITY, "劳动能力", HouseholdCodes.LABOUR, own);
            String selfCare = r.choice(SELF_CARE, "生活自理能力", HouseholdCodes.SELF_CARE, own);
            String schooling = r.choice(SCHOOLING, "在学情况", HouseholdCodes.SCHOOLING, own);
            String employment = r.choice(EMPLOYMENT, "就业情况", HouseholdCodes.EMPLOYMENT, own);
            BigDecimal wage = r.amount(INCOME_WAGE, "工资性收入", own);
            BigDecimal business = r.amount(INCOME_BUSINESS, "经营净收入", own);
            BigDecimal property = r.amount(INCOME_PROPERTY, "财产净收入", own);
            BigDecimal transfer = r.amount(INCOME_TRANSFER, "转移净收入", own);
            BigDecimal medical = r.amount(MEDICAL_SPENDING, "医疗支出", own);
            BigDecimal education = r.amount(EDUCATION_SPENDING, "教育支出", own);
            List<String> benefits = r.benefits(own);
            if (own.isEmpty()) {
                members.add(new MemberInput(personId, name, idNumber, relation, health, illness, disability, grade, labour,
                        selfCare, schooling, employment, wage, business, property, transfer, medical, education, benefits));
            } else {
                problems.add(who + String.join("，", own));
            }
        }
        if (heads.isEmpty()) {
            problems.add("请指定一位户主（与户主关系选“户主”）");
        } else if (heads.size() > 1) {
            List<String> named = heads.stream().map(i -> "第 " + (i + 1) + " 位" + nameOf(rows.get(i))).toList();
            problems.add("户主只能有一位，现有 " + heads.size() + " 位：" + String.join("、", named));
        }
        if (!rowOfPerson.containsKey(household.reportedPersonId())) {
            problems.add("本案遇困人员" + household.reportedPersonName() + "不能从家庭成员中删除");
        }
        return problems.isEmpty() ? new Checked(List.copyOf(members), List.of()) : new Checked(List.of(), List.copyOf(problems));
    }

    private static String nameOf(Map<String, Object> row) {
        String name = row == null ? null : new Row(row).text(NAME);
        return name == null ? "" : "（" + name + "）";
    }

    /** Typed reads of one row: form-js sends numbers as numbers, a select's value and a read-only id as text. */
    private record Row(Map<String, Object> values) {

        String text(String key) {
            Object value = values.get(key);
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        }

        Long personId(List<String> problems) {
            String id = text(PERSON_ID);
            if (id == null) {
                return null;
            }
            try {
                return new BigDecimal(id).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add("成员编号“" + id + "”无效，请删除此行后作为新成员添加");
                return null;
            }
        }

        String choice(String key, String label, Choices choices, List<String> problems) {
            String value = text(key);
            if (value == null) {
                problems.add("请选择" + label);
                return null;
            }
            if (!choices.allows(value)) {
                problems.add(label + "的取值“" + value + "”无效");
                return null;
            }
            return value;
        }

        Integer grade(List<String> problems) {
            String value = text(DISABILITY_GRADE);
            try {
                int grade = value == null ? 0 : new BigDecimal(value).intValueExact();
                if (grade >= 1 && grade <= 4) {
                    return grade;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // said below
            }
            problems.add("有残疾的须选择残疾等级（一至四级）");
            return null;
        }

        BigDecimal amount(String key, String label, List<String> problems) {
            String value = text(key);
            if (value == null) {
                problems.add("请填写" + label + "（没有请填 0）");
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
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

        List<String> benefits(List<String> problems) {
            Object value = values.get(BENEFITS);
            Collection<?> codes = value instanceof Collection<?> list ? list
                    : value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().split(","));
            List<String> benefits = new ArrayList<>();
            for (Object code : codes) {
                String text = code == null ? "" : code.toString().strip();
                if (!HouseholdCodes.BENEFITS.allows(text)) {
                    problems.add("享受待遇的取值“" + text + "”无效");
                } else if (!benefits.contains(text)) {
                    benefits.add(text);
                }
            }
            return benefits;
        }
    }
}
