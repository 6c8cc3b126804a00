package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.traceability.Proves;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The visit rules (三个不放过), with plain values; the two investigators of a home visit are two people (issue 12 §2). */
class VisitAssessmentTest {

    @Proves("T-survey-2-staff")
    @Test
    void theSameInvestigatorTwiceIsRefusedWhateverTheSpaces() {
        for (String second : new String[] {"王建华", " 王建华 ", "王　建华", "王 建 华"}) {
            Map<String, Object> visit = CaseFixtures.with(CaseFixtures.completeVisitOnTheOldForm(), DiscoveryCaseProcess.INVESTIGATOR_2, second);
            assertThatThrownBy(() -> VisitAssessment.from(visit::get, LocalDate.now())).as(second)
                    .isInstanceOf(IncompleteTaskException.class).hasMessageContaining("入户调查须由至少 2 名不同的工作人员进行");
        }
    }

    @Proves("T-survey-2-staff")
    @Test
    void twoDifferentInvestigatorsPass() {
        assertThat(VisitAssessment.from(CaseFixtures.completeVisitOnTheOldForm()::get, LocalDate.now()).investigator2()).isEqualTo("李秀兰");
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static String refused(Map<String, Object> visit) {
        return refusal(VisitAssessment.rules(TODAY), ProcessVariables.from(visit::get));
    }

    static Map<String, Object> without(Map<String, Object> visit, String... names) {
        Map<String, Object> copy = new HashMap<>(visit);
        List.of(names).forEach(copy::remove);
        return copy;
    }

    static Map<String, Object> complete() {
        return CaseFixtures.with(CaseFixtures.completeVisitOnTheOldForm(), VISIT_DATE, TODAY.toString());
    }

    @Test
    void anEmptyVisitRecordNamesWhatEveryVisitNeeds() {
        assertThat(refused(Map.of())).isEqualTo("走访记录不完整，不能提交：请填写走访日期；请填写调查人员一；请填写调查人员二；请选择是否见到本人。");
    }

    @Test
    void aVisitWithoutThePersonNeedsTheReasonAndADateNotInTheFuture() {
        Map<String, Object> notSeen = CaseFixtures.with(CaseFixtures.notSeenVisit(), VISIT_DATE, TODAY.plusDays(1).toString());
        assertThat(refused(without(notSeen, NOT_SEEN_REASON)))
                .isEqualTo("走访记录不完整，不能提交：走访日期不能晚于今天；请填写未见到本人的原因。");
        assertThat(refused(CaseFixtures.with(notSeen, VISIT_DATE, "30/11/2026", PERSON_SEEN, "MAYBE", INVESTIGATOR_2, " 王建华")))
                .isEqualTo("走访记录不完整，不能提交：走访日期格式应为 年-月-日；入户调查须由至少 2 名不同的工作人员进行；是否见到本人的取值“MAYBE”无效。");
        VisitAssessment visit = VisitAssessment.from(CaseFixtures.with(notSeen, VISIT_DATE, TODAY.toString())::get, TODAY);
        assertThat(visit.personSeen()).isFalse();
        assertThat(visit.notSeenReason()).isEqualTo("家中无人，邻居称外出务工");
        assertThat(visit.visitDate()).isEqualTo(TODAY);
        assertThat(visit.causes()).isEmpty();
    }

    @Test
    void situationNotInvestigatedClearlyIsNotLetGo() {
        assertThat(refused(without(complete(), INCOME_WAGE, ADL_WALKING, HARDSHIP_DEGREE, COUNTERMEASURES))).isEqualTo(
                "情况不调查清楚不放过——入户调查评估不完整，不能提交：请选择生活自理能力：室内行走；请填写工资性收入（没有请填 0）；请选择困难程度。");
        assertThat(refused(CaseFixtures.with(without(complete(), INVESTIGATOR_1), HEALTH_STATUS, "DISABLED",
                HOUSEHOLD_SIZE, "2.5", MEDICAL_SPENDING, -1, EDUCATION_SPENDING, "无", CAUSE_2, "01", CAUSE_3, "88",
                FINDINGS, "<script>x</script>", INVESTIGATION_CONCLUSION, "DONE"))).isEqualTo(
                "情况不调查清楚不放过——入户调查评估不完整，不能提交：请填写调查人员一；健康状况为“残疾”时须选择残疾等级（一至四级）；"
                        + "家庭人口应为整数；医疗刚性支出不能为负数；教育刚性支出应为金额数字；致困原因不能重复选择；致困原因的取值“88”无效；"
                        + "调查发现中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字；调查结论的取值“DONE”无效。");
        assertThat(refused(CaseFixtures.with(complete(), DISABILITY_GRADE, 5, CAUSE_2, "04", CAUSE_3, "04")))
                .isEqualTo("情况不调查清楚不放过——入户调查评估不完整，不能提交：残疾等级应在 0 到 4 之间；致困原因不能重复选择。");
    }

    @Test
    void noCountermeasureProposedIsNotLetGoOnceTheSituationIsClear() {
        assertThat(refused(without(complete(), COUNTERMEASURES))).isEqualTo("不提出对策建议不放过——请填写对策建议。");
    }

    @Test
    void aCompleteVisitGivesTheAssessment() {
        VisitAssessment visit = VisitAssessment.from(CaseFixtures.with(complete(), INVESTIGATOR_1, " 王建华 ",
                CAUSE_3, "", INVESTIGATION_CONCLUSION, "MORE_NEEDED")::get, TODAY);
        assertThat(visit.investigator1()).isEqualTo("王建华");
        assertThat(visit.personSeen()).isTrue();
        assertThat(visit.adlFailed()).isEqualTo(1);
        assertThat(visit.selfCareLoss()).isEqualTo("PARTIAL");
        assertThat(visit.householdSize()).isEqualTo(2);
        assertThat(visit.disabilityGrade()).isZero();
        assertThat(visit.incomeTransfer()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(visit.perCapitaIncome()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(visit.causes()).containsExactly("01", "04");
        assertThat(visit.healthStatus()).isEqualTo("SERIOUS");
        assertThat(visit.labourCapacity()).isEqualTo("LOST");
        assertThat(visit.hardshipDegree()).isEqualTo("SEVERE");
        assertThat(visit.selfHelpCapacity()).isEqualTo("WEAK");
        assertThat(visit.countermeasures()).isEqualTo("宣讲低保、医疗救助政策，纳入台账定期回访");
        assertThat(visit.moreInvestigationNeeded()).isTrue();
        assertThat(visit.notSeenReason()).isNull();
    }

    @Test
    void aVisitListingTheMembersSaysTheirProblemsInTheVisitsOneMessageAndNoLongerAsksForTotals() {
        Map<String, Object> visit = CaseFixtures.with(CaseFixtures.completeVisit(), VISIT_DATE, TODAY.toString(),
                HOUSEHOLD_MEMBERS, "[]", HARDSHIP_DEGREE, null);
        String refusal = refusal(VisitAssessment.rules(TODAY, rows -> List.of("第 2 位成员（李四）：身份证号码校验位不正确，请核对后重新输入",
                "户主只能有一位，现有 2 位：第 1 位（张三）、第 2 位（李四）")), ProcessVariables.from(visit::get));

        assertThat(refusal).isEqualTo("情况不调查清楚不放过——入户调查评估不完整，不能提交：第 2 位成员（李四）：身份证号码校验位不正确，请核对后重新输入；"
                + "户主只能有一位，现有 2 位：第 1 位（张三）、第 2 位（李四）；请选择困难程度。");
    }

    @Test
    void aVisitListingTheMembersTakesTheHouseholdFromThem() {
        Map<String, Object> visit = CaseFixtures.with(CaseFixtures.completeVisit(), VISIT_DATE, TODAY.toString(), HOUSEHOLD_MEMBERS, "[]");
        VisitAssessment assessment = VisitAssessment.from(visit::get, TODAY, rows -> List.of());
        assertThat(assessment.householdSize()).as("no total typed in").isNull();

        VisitAssessment withMembers = assessment.withMembers(List.of(
                new cn.qingyang.assistance.household.MemberInput(1L, "王大山", null, "HEAD", "SERIOUS", "尿毒症", "NONE", null, "LOST",
                        "PARTIAL", "NOT_IN_SCHOOL", "UNABLE", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("600"), new BigDecimal("200"), BigDecimal.ZERO, List.of()),
                new cn.qingyang.assistance.household.MemberInput(null, "王小明", null, "CHILD", "HEALTHY", null, "NONE", null, "LOST",
                        "SELF", "JUNIOR", "STUDENT", new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("50"), List.of())));

        assertThat(withMembers.householdSize()).isEqualTo(2);
        assertThat(withMembers.incomeTransfer()).isEqualByComparingTo("600");
        assertThat(withMembers.incomeWage()).isEqualByComparingTo("100");
        assertThat(withMembers.perCapitaIncome()).isEqualByComparingTo("350.00");
        assertThat(withMembers.medicalSpending()).as("the visit record keeps a year's spending").isEqualByComparingTo("2400");
        assertThat(withMembers.educationSpending()).isEqualByComparingTo("600");
        assertThat(withMembers.rigidSpendingShare()).isEqualTo(0.3571);
    }

    @Test
    void theOldFormsRigidSpendingShareIsAYearsSpendingPerMonthOverTheMonthlyIncome() {
        VisitAssessment visit = VisitAssessment.from(complete()::get, TODAY);
        assertThat(visit.rigidSpendingShare()).as("1200 a year over 4000 a month").isEqualTo(0.025);
    }
}
