package cn.qingyang.assistance.household;

import static cn.qingyang.assistance.household.HouseholdMemberRows.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The members of a household as the visit form sends them, checked without an engine: every
 * problem said in Chinese, naming the member by row number and name.
 */
class HouseholdMemberRowsTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    /** 王大山, the person of the case, head of the household; 李秀英 his wife; both on file. */
    static final String HEAD_NUMBER = TestIdNumbers.withCheckDigit("34292319500101001");
    static final String WIFE_NUMBER = TestIdNumbers.withCheckDigit("34172319520304002");
    static final String CHILD_NUMBER = TestIdNumbers.withCheckDigit("11010120100506003");
    static final String ELSEWHERE_NUMBER = TestIdNumbers.withCheckDigit("44030519800101004");

    /** Refusals the household would give for a number typed in: none, unless the test says. */
    private final Map<String, String> refusals = new HashMap<>();

    private final Household household = new Household() {
        @Override
        public Map<Long, String> idNumbers() {
            Map<Long, String> members = new LinkedHashMap<>();
            members.put(1L, HEAD_NUMBER);
            members.put(2L, WIFE_NUMBER);
            return members;
        }

        @Override
        public long reportedPersonId() {
            return 1L;
        }

        @Override
        public String reportedPersonName() {
            return "王大山";
        }

        @Override
        public Optional<String> refusal(Long personId, String name, ResidentIdNumber idNumber) {
            return Optional.ofNullable(refusals.get(idNumber.value()));
        }
    };

    static Map<String, Object> member(String personId, String name, String relation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(PERSON_ID, personId);
        row.put(NAME, name);
        row.put(ID_NUMBER_MASKED, "");
        row.put(ID_NUMBER, "");
        row.put(RELATION, relation);
        row.put(HEALTH, "HEALTHY");
        row.put(DISABILITY_CATEGORY, "NONE");
        row.put(LABOUR_CAPACITY, "FULL");
        row.put(SELF_CARE, "SELF");
        row.put(SCHOOLING, "NOT_IN_SCHOOL");
        row.put(EMPLOYMENT, "FARMING");
        row.put(INCOME_WAGE, 0);
        row.put(INCOME_BUSINESS, 600);
        row.put(INCOME_PROPERTY, 0);
        row.put(INCOME_TRANSFER, 150.5);
        row.put(MEDICAL_SPENDING, 0);
        row.put(EDUCATION_SPENDING, 0);
        row.put(BENEFITS, List.of());
        return row;
    }

    static Map<String, Object> with(Map<String, Object> row, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /** The household as the form starts: the head (the person of the case) and his wife, both on file. */
    static List<Map<String, Object>> onFile() {
        return new ArrayList<>(List.of(member("1", "王大山", "HEAD"), member("2", "李秀英", "SPOUSE")));
    }

    private Checked check(List<Map<String, Object>> rows) {
        return HouseholdMemberRows.check(rows, household, CLOCK);
    }

    private List<String> problems(List<Map<String, Object>> rows) {
        Checked checked = check(rows);
        assertThat(checked.accepted()).isFalse();
        assertThat(checked.members()).as("nothing is taken from a refused list").isEmpty();
        return checked.problems();
    }

    @Test
    void aNumberOnFileIsNeverShownInFullEvenWhenTodaysRulesRefuseIt() {
        String valid = TestIdNumbers.withCheckDigit("34292319480302" + "051");
        assertThat(maskedAsStored(valid)).isEqualTo(ResidentIdNumber.parse(valid).masked());
        String badCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertThat(maskedAsStored(badCheckDigit)).isEqualTo(valid.substring(0, 6) + "********" + badCheckDigit.substring(14))
                .doesNotContain(badCheckDigit.substring(6, 14));
        assertThat(maskedAsStored("12345")).isEmpty();
        assertThat(maskedAsStored(null)).isEmpty();
    }

    @Test
    void theMembersOnFileWithAChildAddedAndAWifesNumberCorrectedAreAccepted() {
        List<Map<String, Object>> rows = onFile();
        rows.set(1, with(rows.get(1), ID_NUMBER, " " + WIFE_NUMBER.toLowerCase() + " ", BENEFITS, List.of("DIBAO", "PENSION")));
        rows.add(with(member("", "王小明", "CHILD"), ID_NUMBER, CHILD_NUMBER, SCHOOLING, "JUNIOR", EMPLOYMENT, "STUDENT",
                HEALTH, "CHRONIC", ILLNESS, "哮喘", DISABILITY_CATEGORY, "PHYSICAL", DISABILITY_GRADE, "3",
                INCOME_BUSINESS, 0, INCOME_TRANSFER, 0, EDUCATION_SPENDING, "300"));

        Checked checked = check(rows);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.members()).extracting(MemberInput::personId).containsExactly(1L, 2L, null);
        MemberInput child = checked.members().get(2);
        assertThat(child.idNumber().value()).isEqualTo(CHILD_NUMBER);
        assertThat(child.illness()).isEqualTo("哮喘");
        assertThat(child.disabilityGrade()).isEqualTo(3);
        assertThat(child.educationSpending()).isEqualByComparingTo("300.00");
        assertThat(checked.members().get(0).idNumber()).as("blank keeps the stored number").isNull();
        assertThat(checked.members().get(0).incomeTransfer()).isEqualByComparingTo("150.50");
        assertThat(checked.members().get(1).benefits()).containsExactly("DIBAO", "PENSION");
        assertThat(checked.members().get(1).disabilityGrade()).as("no disability, no grade").isNull();
    }

    @Test
    void aRowDeletedAndTypedAgainWithTheNumberIsTheSameMember() {
        List<Map<String, Object>> rows = onFile();
        rows.set(1, with(member("", "李秀英", "SPOUSE"), ID_NUMBER, WIFE_NUMBER));

        assertThat(check(rows).members()).extracting(MemberInput::personId).containsExactly(1L, 2L);
    }

    @Test
    void anEmptyOrOverlongListIsRefused() {
        assertThat(problems(List.of())).containsExactly("请至少登记一位家庭成员");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(member("", "成员" + i, "OTHER"));
        }
        assertThat(problems(many)).containsExactly("家庭成员不能超过 30 人");
    }

    @Test
    void aDuplicateIdNumberIsRefusedNamingBothRows() {
        List<Map<String, Object>> rows = onFile();
        rows.add(with(member("", "王小明", "CHILD"), ID_NUMBER, CHILD_NUMBER));
        rows.add(with(member("", "王小亮", "CHILD"), ID_NUMBER, CHILD_NUMBER));

        assertThat(problems(rows)).containsExactly("第 4 位成员（王小亮）：身份证号码与第 3 位成员相同");
    }

    @Test
    void aCorrectionToAnotherMembersNumberIsRefused() {
        List<Map<String, Object>> rows = onFile();
        rows.set(0, with(rows.get(0), ID_NUMBER, WIFE_NUMBER));

        assertThat(problems(rows)).containsExactly(
                "第 1 位成员（王大山）：身份证号码与本户已登记的另一位成员相同，请在该成员一行中修改，不要重复添加",
                "第 2 位成员（李秀英）：身份证号码与第 1 位成员相同");
    }

    @Test
    void exactlyOneHeadIsRequired() {
        List<Map<String, Object>> rows = onFile();
        rows.set(1, with(rows.get(1), RELATION, "HEAD"));
        assertThat(problems(rows)).containsExactly("户主只能有一位，现有 2 位：第 1 位（王大山）、第 2 位（李秀英）");

        rows = onFile();
        rows.set(0, with(rows.get(0), RELATION, "CHILD"));
        assertThat(problems(rows)).containsExactly("请指定一位户主（与户主关系选“户主”）");
    }

    @Test
    void thePersonOfTheCaseCannotBeRemoved() {
        List<Map<String, Object>> rows = onFile();
        rows.remove(0);
        rows.set(0, with(rows.get(0), RELATION, "HEAD"));

        assertThat(problems(rows)).containsExactly("本案遇困人员王大山不能从家庭成员中删除");
    }

    @Test
    void aNewMemberNeedsAValidIdNumber() {
        List<Map<String, Object>> rows = onFile();
        rows.add(member("", "王小明", "CHILD"));
        rows.add(with(member("", "王小亮", "CHILD"), ID_NUMBER, CHILD_NUMBER.substring(0, 17) + (CHILD_NUMBER.endsWith("1") ? "2" : "1")));
        rows.add(with(member("", "王老汉", "PARENT"), ID_NUMBER, "342923500101001"));

        assertThat(problems(rows)).containsExactly(
                "第 3 位成员（王小明）：新增成员须填写身份证号码（18 位）",
                "第 4 位成员（王小亮）：身份证号码校验位不正确，请核对后重新输入",
                "第 5 位成员（王老汉）：这是 15 位的旧身份证号码，请填写 18 位的居民身份证号码（见第二代身份证或户口簿）");
    }

    @Test
    void aPersonIdNotOfTheHouseholdOrTwiceIsRefused() {
        List<Map<String, Object>> rows = onFile();
        rows.add(member("99", "张三", "OTHER"));
        rows.add(member("2", "李秀英", "SPOUSE"));
        rows.add(member("x1", "李四", "OTHER"));

        assertThat(problems(rows)).containsExactly(
                "第 3 位成员（张三）：不是本户已登记的成员，请删除此行后作为新成员添加",
                "第 4 位成员（李秀英）：与第 2 位成员是同一人，请删除重复的一行",
                "第 5 位成员（李四）：成员编号“x1”无效，请删除此行后作为新成员添加，新增成员须填写身份证号码（18 位）");
    }

    @Test
    void aNumberTheHouseholdRefusesIsSaidForItsRow() {
        refusals.put(ELSEWHERE_NUMBER, "赵六 已是另一户的成员（该户共 3 人）：请先在该户的入户调查中把其移出，再并入本户");
        List<Map<String, Object>> rows = onFile();
        rows.add(with(member("", "赵六", "OTHER"), ID_NUMBER, ELSEWHERE_NUMBER));

        assertThat(problems(rows)).containsExactly(
                "第 3 位成员（赵六）：赵六 已是另一户的成员（该户共 3 人）：请先在该户的入户调查中把其移出，再并入本户");
    }

    @Test
    void everyItemOfAMemberIsNamed() {
        List<Map<String, Object>> rows = onFile();
        Map<String, Object> empty = new HashMap<>();
        empty.put(PERSON_ID, "2");
        rows.set(1, empty);

        assertThat(problems(rows)).containsExactly("第 2 位成员：请填写姓名，请选择与户主关系，请选择健康状况，请选择残疾类别，"
                + "请选择劳动能力，请选择生活自理能力，请选择在学情况，请选择就业情况，请填写工资性收入（没有请填 0），"
                + "请填写经营净收入（没有请填 0），请填写财产净收入（没有请填 0），请填写转移净收入（没有请填 0），"
                + "请填写医疗支出（没有请填 0），请填写教育支出（没有请填 0）");
    }

    @Test
    void valuesOutsideTheListsAndBadAmountsAreNamed() {
        List<Map<String, Object>> rows = onFile();
        rows.set(1, with(rows.get(1), NAME, "<b>李秀英</b>", RELATION, "WIFE", HEALTH, "SICK", DISABILITY_CATEGORY, "BLIND",
                LABOUR_CAPACITY, "SOME", SELF_CARE, "OK", SCHOOLING, "PHD", EMPLOYMENT, "BOSS", INCOME_WAGE, -1,
                INCOME_BUSINESS, "六百", BENEFITS, List.of("DIBAO", "WUBAO")));

        assertThat(problems(rows)).containsExactly("第 2 位成员（<b>李秀英</b>）：姓名中不能有 HTML 标签或脚本，"
                + "与户主关系的取值“WIFE”无效，健康状况的取值“SICK”无效，残疾类别的取值“BLIND”无效，劳动能力的取值“SOME”无效，"
                + "生活自理能力的取值“OK”无效，在学情况的取值“PHD”无效，就业情况的取值“BOSS”无效，工资性收入不能为负数，"
                + "经营净收入应为金额数字，享受待遇的取值“WUBAO”无效");
    }

    @Test
    void anIllnessIsNamedAndADisabilityGraded() {
        List<Map<String, Object>> rows = onFile();
        rows.set(0, with(rows.get(0), HEALTH, "SERIOUS", DISABILITY_CATEGORY, "PHYSICAL"));
        rows.set(1, with(rows.get(1), NAME, "李".repeat(51), HEALTH, "CHRONIC", ILLNESS, "<script>", DISABILITY_CATEGORY,
                "VISUAL", DISABILITY_GRADE, "5"));
        rows.add(with(member("", "王小明", "CHILD"), ID_NUMBER, CHILD_NUMBER, HEALTH, "CHRONIC", ILLNESS, "病".repeat(101)));

        assertThat(problems(rows)).containsExactly(
                "第 1 位成员（王大山）：请填写所患疾病名称，有残疾的须选择残疾等级（一至四级）",
                "第 2 位成员（" + "李".repeat(51) + "）：姓名不能超过 50 字，疾病名称中不能有 HTML 标签或脚本，有残疾的须选择残疾等级（一至四级）",
                "第 3 位成员（王小明）：疾病名称不能超过 100 字");
    }

    @Test
    void theFormStartsFromTheFileWithMaskedNumbersSexAndAge() {
        var head = new HouseholdRepository.Member(10, 1, "王大山", HEAD_NUMBER, "13800000000", "HEAD", "SERIOUS", "尿毒症",
                null, null, "LOST", "PARTIAL", "NOT_IN_SCHOOL", "UNABLE", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("900.00"), new BigDecimal("100.00"), BigDecimal.ZERO, "DIBAO,PENSION");

        Map<String, Object> row = rows(List.of(head), LocalDate.of(2026, 11, 30)).get(0);

        assertThat(row).containsEntry(PERSON_ID, "1").containsEntry(NAME, "王大山")
                .containsEntry(ID_NUMBER_MASKED, "342923********" + HEAD_NUMBER.substring(14)).containsEntry(ID_NUMBER, "")
                .containsEntry(SEX_AGE, "男，76 岁").containsEntry(DISABILITY_CATEGORY, "NONE")
                .containsEntry(BENEFITS, List.of("DIBAO", "PENSION")).containsEntry(INCOME_TRANSFER, new BigDecimal("900.00"));
        assertThat(row.values()).as("no full number in the form").doesNotContain(HEAD_NUMBER);
    }

    @Test
    void aNumberOnFileThatTodaysRulesRefuseIsShownMaskedToBeCorrected() {
        String fifteen = "342923500101001";
        var old = new HouseholdRepository.Member(11, 3, "王老汉", fifteen, null, "PARENT", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);

        Map<String, Object> row = rows(List.of(old), LocalDate.of(2026, 11, 30)).get(0);

        assertThat(row).containsEntry(ID_NUMBER_MASKED, "342923********1001（号码有误，请更正）").containsEntry(SEX_AGE, "")
                .containsEntry(BENEFITS, List.of());
        assertThat(row.values()).doesNotContain(fifteen);
    }
}
