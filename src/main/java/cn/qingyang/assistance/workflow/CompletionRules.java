package cn.qingyang.assistance.workflow;

import cn.qingyang.assistance.common.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a user task needs before it may be completed, declared once per task:
 * <pre>
 * CompletionRules.forTask("季度指导检查不能提交：")
 *         .text(INSPECTION_FINDINGS, "检查发现的问题", 2000)
 *         .choice(RECTIFICATION_REQUIRED, "是否需要整改", Choices.of("YES", "需要整改", "NO", "无需整改"));
 * </pre>
 * {@link #check} reads the submitted values through {@link ProcessVariables}, runs every rule in
 * the declared order and refuses the completion with every problem found, in Chinese, in one
 * {@link IncompleteTaskException} (the task's lead, then the problems joined by "；"), so that the
 * person fixes everything at once. A rule between fields ({@link #rule}) is judged only when the
 * fields it names were accepted. Declare a task's rules once (a constant) and check them as often
 * as needed: checking does not change them.
 */
public final class CompletionRules {

    public static final String MARKUP_REFUSED = "中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字";

    private final String lead;
    private final List<Consumer<Check>> rules = new ArrayList<>();

    private CompletionRules(String lead) {
        this.lead = lead;
    }

    /** @param lead what the refusal starts with, e.g. "先行救助不能提交：" */
    public static CompletionRules forTask(String lead) {
        return new CompletionRules(lead);
    }

    /**
     * @return the accepted values
     * @throws IncompleteTaskException naming every missing or invalid item
     */
    public Answers check(ProcessVariables values) {
        Check check = new Check(values, lead);
        apply(check);
        check.refuseIfAny();
        return check.answers;
    }

    // ---- free text

    /** A text: "请填写{label}" when absent or blank. */
    public CompletionRules text(String name, String label) {
        return text(name, label, "请填写" + label, Integer.MAX_VALUE, false);
    }

    /** A text of at most {@code maxLength} characters: "{label}不能超过 {maxLength} 字". */
    public CompletionRules text(String name, String label, int maxLength) {
        return text(name, label, "请填写" + label, maxLength, false);
    }

    /** A text that is refused with this problem when absent or blank. */
    public CompletionRules textOr(String name, String problem) {
        return text(name, problem, problem, Integer.MAX_VALUE, false);
    }

    /** As {@link #textOr(String, String)}, at most {@code maxLength} characters: "{problem}不能超过 {maxLength} 字". */
    public CompletionRules textOr(String name, String problem, int maxLength) {
        return text(name, problem, problem, maxLength, false);
    }

    /**
     * A text with no markup in it: later forms show it in Markdown text views, which would render
     * a tag as HTML rather than show it. Plain text only, as for reports.
     */
    public CompletionRules plainText(String name, String label) {
        return text(name, label, "请填写" + label, Integer.MAX_VALUE, true);
    }

    private CompletionRules text(String name, String label, String missing, int maxLength, boolean plainOnly) {
        return add(check -> {
            String value = check.values.text(name);
            if (value == null || value.isBlank()) {
                check.problem(missing);
            } else if (plainOnly && Texts.hasMarkup(value)) {
                check.problem(label + MARKUP_REFUSED);
            } else if (value.length() > maxLength) {
                check.problem(label + "不能超过 " + maxLength + " 字");
            } else {
                check.answers.accept(name, value.strip());
            }
        });
    }

    // ---- choices

    /** One of the choices: "请选择{label}" (and the choices, if spelled out) when absent or not one of them. */
    public CompletionRules choice(String name, String label, Choices choices) {
        return add(check -> {
            Object value = check.values.raw(name);
            if (choices.allows(value)) {
                check.answers.accept(name, value.toString());
            } else {
                check.problem("请选择" + label + choices.listing());
            }
        });
    }

    /** One of the choices; a value not among them is named: "{label}的取值“X”无效". */
    public CompletionRules strictChoice(String name, String label, Choices choices) {
        return add(check -> {
            Object value = check.values.raw(name);
            if (value == null || value.toString().isBlank()) {
                check.problem("请选择" + label);
            } else {
                check.acceptChoice(name, label, choices, value);
            }
        });
    }

    /** A choice that may be left empty; a value not among the choices is named as in {@link #strictChoice}. */
    public CompletionRules optionalChoice(String name, String label, Choices choices) {
        return add(check -> {
            Object value = check.values.raw(name);
            if (value != null && !value.toString().isBlank()) {
                check.acceptChoice(name, label, choices, value);
            }
        });
    }

    // ---- numbers and dates

    /** A whole number from {@code min} to {@code max}. */
    public CompletionRules integer(String name, String label, int min, int max) {
        return add(check -> {
            Object value = check.values.raw(name);
            if (value == null || value.toString().isBlank()) {
                check.problem("请填写" + label);
                return;
            }
            try {
                BigDecimal number = new BigDecimal(value.toString().strip());
                if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
                    throw new NumberFormatException();
                }
                int n = number.intValueExact();
                if (n < min || n > max) {
                    check.problem(label + "应在 " + min + " 到 " + max + " 之间");
                } else {
                    check.answers.accept(name, n);
                }
            } catch (NumberFormatException | ArithmeticException e) {
                check.problem(label + "应为整数");
            }
        });
    }

    /** A count a form's number field sent: a whole number, 0 or more: "请填写{label}（0 或正整数）". */
    public CompletionRules count(String name, String label) {
        return add(check -> {
            if (check.values.raw(name) instanceof Number number && number.doubleValue() >= 0
                    && number.doubleValue() == Math.floor(number.doubleValue())) {
                check.answers.accept(name, number.intValue());
            } else {
                check.problem("请填写" + label + "（0 或正整数）");
            }
        });
    }

    /** An amount in 元, 0 or more (kept with two decimals): "请填写{label}（没有请填 0）" when absent. */
    public CompletionRules amount(String name, String label) {
        return add(check -> {
            Object value = check.values.raw(name);
            if (value == null || value.toString().isBlank()) {
                check.problem("请填写" + label + "（没有请填 0）");
                return;
            }
            try {
                BigDecimal amount = new BigDecimal(value.toString().strip()).setScale(2, RoundingMode.HALF_UP);
                if (amount.signum() < 0) {
                    check.problem(label + "不能为负数");
                } else {
                    check.answers.accept(name, amount);
                }
            } catch (NumberFormatException e) {
                check.problem(label + "应为金额数字");
            }
        });
    }

    /** An amount above 0: {@code notPositive} when absent or not above 0, "{label}应为数字" when no number. */
    public CompletionRules positiveAmount(String name, String label, String notPositive) {
        return add(check -> {
            Object value = check.values.raw(name);
            try {
                if (value == null || new BigDecimal(value.toString()).signum() <= 0) {
                    check.problem(notPositive);
                } else {
                    check.answers.accept(name, new BigDecimal(value.toString()));
                }
            } catch (NumberFormatException e) {
                check.problem(label + "应为数字");
            }
        });
    }

    /** A date (a form's date field, or a date): "{label}格式应为 年-月-日" when it is none. */
    public CompletionRules date(String name, String label) {
        return add(check -> {
            try {
                LocalDate date = check.values.date(name);
                if (date == null) {
                    check.problem("请填写" + label);
                } else {
                    check.answers.accept(name, date);
                }
            } catch (DateTimeParseException e) {
                check.problem(label + "格式应为 年-月-日");
            }
        });
    }

    // ---- a value with rules of its own

    /**
     * A value only its own check understands (a list of rows, e.g. a household's members): every
     * problem the check finds is reported as it says it; the value is accepted when there is none.
     */
    public CompletionRules checkedBy(String name, Function<Object, List<String>> problemsOf) {
        return add(check -> {
            Object value = check.values.raw(name);
            List<String> problems = problemsOf.apply(value);
            if (problems.isEmpty()) {
                check.answers.accept(name, value);
            } else {
                problems.forEach(check::problem);
            }
        });
    }

    // ---- between fields

    /**
     * A rule between accepted values, e.g. the two investigators differ: when every field named
     * was accepted and {@code holds} is false, the problem is reported.
     */
    public CompletionRules rule(String problem, Predicate<Answers> holds, String... fields) {
        return add(check -> {
            for (String field : fields) {
                if (!check.answers.has(field)) {
                    return;
                }
            }
            if (!holds.test(check.answers)) {
                check.problem(problem);
            }
        });
    }

    /** Rules that apply only when the submitted value of {@code name} is {@code option}. */
    public CompletionRules when(String name, String option, Consumer<CompletionRules> rules) {
        return when(name, Set.of(option), rules);
    }

    /** Rules that apply only when the submitted value of {@code name} is one of {@code options}. */
    public CompletionRules when(String name, Set<String> options, Consumer<CompletionRules> rules) {
        CompletionRules nested = new CompletionRules(lead);
        rules.accept(nested);
        return add(check -> {
            Object value = check.values.raw(name);
            if (value != null && options.contains(value.toString())) {
                nested.apply(check);
            }
        });
    }

    /** From here on, the problems (those found so far too) are reported under this lead. */
    public CompletionRules reportedAs(String lead) {
        return add(check -> check.lead = lead);
    }

    /**
     * A second stage: the problems found so far are refused first; what follows is checked only
     * when there were none, and refused under its own lead.
     */
    public CompletionRules then(String lead) {
        return add(check -> {
            check.refuseIfAny();
            check.lead = lead;
        });
    }

    private CompletionRules add(Consumer<Check> rule) {
        rules.add(rule);
        return this;
    }

    private void apply(Check check) {
        rules.forEach(rule -> rule.accept(check));
    }

    /** One check of one submission: the problems found so far, in order. */
    private static final class Check {
        final ProcessVariables values;
        final Answers answers = new Answers();
        final List<String> problems = new ArrayList<>();
        String lead;

        Check(ProcessVariables values, String lead) {
            this.values = values;
            this.lead = lead;
        }

        void problem(String problem) {
            problems.add(problem);
        }

        void acceptChoice(String name, String label, Choices choices, Object value) {
            if (choices.allows(value)) {
                answers.accept(name, value.toString());
            } else {
                problem(label + "的取值“" + value + "”无效");
            }
        }

        void refuseIfAny() {
            if (!problems.isEmpty()) {
                throw new IncompleteTaskException(lead, problems);
            }
        }
    }
}
