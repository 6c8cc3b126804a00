package cn.qingyang.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The completion-rule mechanism itself, with plain maps of values: no engine, no Spring. */
class CompletionRulesTest {

    static final Choices KINDS = Choices.of("CASH", "现金", "IN_KIND", "实物");

    @Test
    void everyProblemIsCollectedInTheDeclaredOrderIntoOneChineseMessage() {
        CompletionRules rules = CompletionRules.forTask("先行救助不能提交：")
                .choice("kind", "救助方式", KINDS).text("purpose", "救助用途").text("note", "备注");
        assertThatThrownBy(() -> rules.check(values("note", "有")))
                .isInstanceOf(IncompleteTaskException.class)
                .hasMessage("先行救助不能提交：请选择救助方式；请填写救助用途。")
                .satisfies(e -> assertThat(((IncompleteTaskException) e).problems()).containsExactly("请选择救助方式", "请填写救助用途"));
    }

    @Test
    void completeInputPassesAndTheAcceptedValuesAreRead() {
        CompletionRules rules = CompletionRules.forTask("T：").text("t", "文字").choice("c", "方式", KINDS)
                .integer("i", "人口", 1, 30).amount("a", "收入").date("d", "日期").count("n", "户数")
                .positiveAmount("p", "金额", "金额应大于 0");
        Answers answers = rules.check(values("t", "  有内容 ", "c", "CASH", "i", "3", "a", 12.345, "d", "2026-01-05",
                "n", 4L, "p", 9000L));
        assertThat(answers.text("t")).isEqualTo("有内容");
        assertThat(answers.choice("c")).isEqualTo("CASH");
        assertThat(answers.is("c", "CASH")).isTrue();
        assertThat(answers.is("c", "IN_KIND")).isFalse();
        assertThat(answers.integer("i")).isEqualTo(3);
        assertThat(answers.amount("a")).isEqualTo(new BigDecimal("12.35"));
        assertThat(answers.date("d")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(answers.amount("p")).isEqualByComparingTo("9000");
        assertThat(answers.has("n")).isTrue();
        assertThat(answers.has("missing")).isFalse();
    }

    @Test
    void aTextIsRequiredAndMayBeLimitedInLength() {
        CompletionRules rules = CompletionRules.forTask("检查不能提交：").text("f", "检查发现的问题", 5);
        assertThat(refusal(rules, values("f", " \u3000 "))).isEqualTo("检查不能提交：请填写检查发现的问题。");
        assertThat(refusal(rules, values())).isEqualTo("检查不能提交：请填写检查发现的问题。");
        assertThat(refusal(rules, values("f", "一二三四五六"))).isEqualTo("检查不能提交：检查发现的问题不能超过 5 字。");
        assertThat(rules.check(values("f", "一二三四五")).text("f")).isEqualTo("一二三四五");
    }

    @Test
    void aTextMaySayWhatIsMissingInItsOwnWords() {
        CompletionRules rules = CompletionRules.forTask("核验不能提交：").textOr("note", "未整改到位的，请写明仍存在的问题", 3);
        assertThat(refusal(rules, values())).isEqualTo("核验不能提交：未整改到位的，请写明仍存在的问题。");
        assertThat(refusal(rules, values("note", "一二三四"))).isEqualTo("核验不能提交：未整改到位的，请写明仍存在的问题不能超过 3 字。");
        assertThat(CompletionRules.forTask("T：").textOr("o", "不同意时须写明理由").check(values("o", "理由")).text("o"))
                .isEqualTo("理由");
    }

    @Test
    void aPlainTextRefusesMarkupButNotAnglesInWords() {
        CompletionRules rules = CompletionRules.forTask("走访记录不完整，不能提交：").plainText("f", "调查发现");
        assertThat(refusal(rules, values("f", "月收入<img src=x onerror=alert(1)>"))).isEqualTo(
                "走访记录不完整，不能提交：调查发现中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字。");
        assertThat(refusal(rules, values("f", "见 javascript:void(0)"))).contains("调查发现中不能有 HTML 标签或脚本");
        assertThat(rules.check(values("f", "收入 < 1000 元")).text("f")).isEqualTo("收入 < 1000 元");
    }

    @Test
    void aChoiceNotAmongTheOptionsIsAsMissingAndMaySpellTheOptionsOut() {
        CompletionRules plain = CompletionRules.forTask("T：").choice("k", "审批结果", KINDS);
        assertThat(refusal(plain, values())).isEqualTo("T：请选择审批结果。");
        assertThat(refusal(plain, values("k", "cash"))).isEqualTo("T：请选择审批结果。");
        CompletionRules spelled = CompletionRules.forTask("T：").choice("k", "救助方式", KINDS.spelledOut());
        assertThat(refusal(spelled, values("k", ""))).isEqualTo("T：请选择救助方式（现金或实物）。");
        Choices five = Choices.of("NORMAL", "正常", "MISSED", "漏保", "WRONG", "错保", "FAVOUR", "人情保", "CONNECTION", "关系保");
        assertThat(refusal(CompletionRules.forTask("T：").choice("o", "核实结论", five.spelledOut()), values()))
                .isEqualTo("T：请选择核实结论（正常、漏保、错保、人情保或关系保）。");
        assertThat(refusal(CompletionRules.forTask("T：").choice("o", "结论", Choices.of("A", "甲").spelledOut()), values()))
                .isEqualTo("T：请选择结论（甲）。");
    }

    @Test
    void aStrictChoiceNamesTheValueItDoesNotKnow() {
        CompletionRules rules = CompletionRules.forTask("T：").strictChoice("h", "健康状况", KINDS);
        assertThat(refusal(rules, values("h", " "))).isEqualTo("T：请选择健康状况。");
        assertThat(refusal(rules, values("h", "RICH"))).isEqualTo("T：健康状况的取值“RICH”无效。");
        assertThat(rules.check(values("h", "IN_KIND")).choice("h")).isEqualTo("IN_KIND");
    }

    @Test
    void anOptionalChoiceMayBeLeftEmptyButNotWrong() {
        CompletionRules rules = CompletionRules.forTask("T：").optionalChoice("c", "致困原因", KINDS);
        assertThat(rules.check(values()).has("c")).isFalse();
        assertThat(rules.check(values("c", "")).has("c")).isFalse();
        assertThat(refusal(rules, values("c", "88"))).isEqualTo("T：致困原因的取值“88”无效。");
    }

    @Test
    void anIntegerIsWholeAndInRange() {
        CompletionRules rules = CompletionRules.forTask("T：").integer("n", "家庭人口", 1, 30);
        assertThat(refusal(rules, values())).isEqualTo("T：请填写家庭人口。");
        assertThat(refusal(rules, values("n", "2.5"))).isEqualTo("T：家庭人口应为整数。");
        assertThat(refusal(rules, values("n", "两"))).isEqualTo("T：家庭人口应为整数。");
        assertThat(refusal(rules, values("n", 31L))).isEqualTo("T：家庭人口应在 1 到 30 之间。");
        assertThat(refusal(rules, values("n", 0))).isEqualTo("T：家庭人口应在 1 到 30 之间。");
        assertThat(rules.check(values("n", 2.0)).integer("n")).isEqualTo(2);
        assertThat(rules.check(values("n", " 30 ")).integer("n")).isEqualTo(30);
    }

    @Test
    void aCountIsANumberTheFormSentWholeAndNotNegative() {
        CompletionRules rules = CompletionRules.forTask("本月走访摸排不能提交：").count("h", "走访户数");
        for (Object wrong : new Object[] {null, "12", -1L, 2.5}) {
            assertThat(refusal(rules, values("h", wrong))).as(String.valueOf(wrong))
                    .isEqualTo("本月走访摸排不能提交：请填写走访户数（0 或正整数）。");
        }
        assertThat(rules.check(values("h", 0L)).has("h")).isTrue();
        assertThat(rules.check(values("h", 12.0)).integer("h")).isEqualTo(12);
    }

    @Test
    void anAmountIsANumberNotBelowZeroKeptToTheFen() {
        CompletionRules rules = CompletionRules.forTask("T：").amount("w", "工资性收入");
        assertThat(refusal(rules, values())).isEqualTo("T：请填写工资性收入（没有请填 0）。");
        assertThat(refusal(rules, values("w", "-0.5"))).isEqualTo("T：工资性收入不能为负数。");
        assertThat(refusal(rules, values("w", "一千"))).isEqualTo("T：工资性收入应为金额数字。");
        assertThat(rules.check(values("w", 0L)).amount("w")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aPositiveAmountSaysWhenItIsNoneOrNoNumber() {
        CompletionRules rules = CompletionRules.forTask("T：").positiveAmount("a", "救助金额", "救助金额应大于 0（实物请填折合金额）");
        assertThat(refusal(rules, values())).isEqualTo("T：救助金额应大于 0（实物请填折合金额）。");
        assertThat(refusal(rules, values("a", 0L))).isEqualTo("T：救助金额应大于 0（实物请填折合金额）。");
        assertThat(refusal(rules, values("a", -3.0))).isEqualTo("T：救助金额应大于 0（实物请填折合金额）。");
        assertThat(refusal(rules, values("a", "一千"))).isEqualTo("T：救助金额应为数字。");
        assertThat(refusal(rules, values("a", ""))).isEqualTo("T：救助金额应为数字。");
    }

    @Test
    void aDateIsAFormsDateOrADate() {
        CompletionRules rules = CompletionRules.forTask("T：").date("d", "走访日期");
        assertThat(refusal(rules, values())).isEqualTo("T：请填写走访日期。");
        assertThat(refusal(rules, values("d", "05/01/2026"))).isEqualTo("T：走访日期格式应为 年-月-日。");
        assertThat(rules.check(values("d", "2026-01-05T08:00:00")).date("d")).isEqualTo(LocalDate.of(2026, 1, 5));
        Date date = Date.from(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(rules.check(values("d", date)).date("d")).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aRuleBetweenFieldsIsJudgedOnlyWhenItsFieldsWereAccepted() {
        CompletionRules rules = CompletionRules.forTask("T：").text("a", "调查人员一").text("b", "调查人员二")
                .rule("须由 2 名不同的工作人员进行", v -> !v.text("a").equals(v.text("b")), "a", "b").text("c", "备注");
        assertThat(refusal(rules, values("a", "王", "b", " 王 ", "c", "x"))).isEqualTo("T：须由 2 名不同的工作人员进行。");
        assertThat(refusal(rules, values("a", "王"))).as("no second name: nothing to compare")
                .isEqualTo("T：请填写调查人员二；请填写备注。");
        rules.check(values("a", "王", "b", "李", "c", "x"));
    }

    @Test
    void rulesUnderAChoiceApplyOnlyWhenThatOptionIsChosen() {
        CompletionRules rules = CompletionRules.forTask("核验整改不能提交：")
                .choice("r", "核验结果", Choices.of("VERIFIED", "整改到位", "NOT_VERIFIED", "未整改到位"))
                .when("r", "NOT_VERIFIED", notVerified -> notVerified.textOr("n", "请写明仍存在的问题"))
                .when("r", Set.of("VERIFIED", "OTHER"), verified -> verified.text("d", "核验日期"));
        assertThat(refusal(rules, values())).isEqualTo("核验整改不能提交：请选择核验结果。");
        assertThat(refusal(rules, values("r", "NOT_VERIFIED"))).isEqualTo("核验整改不能提交：请写明仍存在的问题。");
        assertThat(refusal(rules, values("r", "VERIFIED"))).isEqualTo("核验整改不能提交：请填写核验日期。");
        rules.check(values("r", "NOT_VERIFIED", "n", "台账仍未更新"));
        rules.check(values("r", "VERIFIED", "d", "2026-01-05"));
    }

    @Test
    void aLaterStageIsCheckedOnlyOnceTheEarlierOnePassesAndHasItsOwnLead() {
        CompletionRules rules = CompletionRules.forTask("协调查找不能提交：").text("o", "查找结果").text("p", "经办人")
                .then("走访到户不见人不放过——").text("e", "佐证材料").text("f", "附件");
        assertThat(refusal(rules, values("o", "DECEASED"))).isEqualTo("协调查找不能提交：请填写经办人。");
        assertThat(refusal(rules, values("o", "DECEASED", "p", "王", "f", "x"))).isEqualTo("走访到户不见人不放过——请填写佐证材料。");
    }

    @Test
    void aLeadMayChangeWithWhatWasChosenForEveryProblemOfTheStage() {
        CompletionRules rules = CompletionRules.forTask("走访记录不完整，不能提交：").text("d", "走访日期")
                .choice("s", "是否见到本人", Choices.of("YES", "见到", "NO", "未见到"))
                .when("s", "YES", seen -> seen.reportedAs("情况不调查清楚不放过——").text("h", "健康状况"));
        assertThat(refusal(rules, values("s", "NO"))).isEqualTo("走访记录不完整，不能提交：请填写走访日期。");
        assertThat(refusal(rules, values("s", "YES"))).isEqualTo("情况不调查清楚不放过——请填写走访日期；请填写健康状况。");
        assertThat(refusal(rules, values("s", "NO"))).as("declared once, checked many times: nothing carries over")
                .isEqualTo("走访记录不完整，不能提交：请填写走访日期。");
    }

    @Test
    void choicesComeInPairsEachCodeOnceAndKeepTheFormsOrder() {
        Choices choices = Choices.of("B", "乙", "A", "甲");
        assertThat(choices.codes()).containsExactly("B", "A");
        assertThat(choices.label("A")).isEqualTo("甲");
        assertThat(choices.allows("A")).isTrue();
        assertThat(choices.allows(null)).isFalse();
        assertThat(choices.allows("a")).isFalse();
        assertThatThrownBy(() -> Choices.of("A", "甲", "B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Choices.of("A", "甲", "A", "乙")).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.copyOf(choices.codes())).isEqualTo(List.of("B", "A"));
    }
}
