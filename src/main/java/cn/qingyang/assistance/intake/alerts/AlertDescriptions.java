package cn.qingyang.assistance.intake.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Chinese summary of an alert that becomes the report's description, e.g.
 * "大数据预警：支出骤增（医疗支出 3 个月 45,000 元）". Known detail keys are phrased per type
 * ({@code category}, {@code months}, {@code amount}; {@code before}, {@code after}; {@code min},
 * {@code max}; {@code reason}); {@code summary} is taken as it is; other keys follow as "键：值".
 */
final class AlertDescriptions {

    static final int MAX = 2000;
    private static final Set<String> PHRASED = Set.of("summary", "category", "months", "amount", "before", "after",
            "min", "max", "reason");

    private AlertDescriptions() {
    }

    static String describe(AlertType type, JsonNode details) {
        String text = details(type, details);
        String description = "大数据预警：" + type.label() + (text.isEmpty() ? "" : "（" + text + "）");
        return description.length() <= MAX ? description : description.substring(0, MAX - 1) + "…";
    }

    private static String details(AlertType type, JsonNode details) {
        if (details == null || !details.isObject() || details.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String summary = plain(details.get("summary"));
        if (summary != null) {
            parts.add(summary);
        } else {
            String phrased = switch (type) {
                case EXPENDITURE_SURGE -> expenditure(details);
                case INCOME_DROP -> incomeDrop(details);
                case INCOME_UNSTABLE -> incomeUnstable(details);
                case OTHER -> plain(details.get("reason"));
            };
            if (phrased != null && !phrased.isBlank()) {
                parts.add(phrased);
            }
        }
        details.fields().forEachRemaining(field -> {
            if (!PHRASED.contains(field.getKey()) && !field.getValue().isNull()) {
                String value = field.getValue().isValueNode() ? plain(field.getValue()) : field.getValue().toString();
                parts.add(field.getKey() + "：" + value);
            }
        });
        return String.join("，", parts);
    }

    /** "医疗支出 3 个月 45,000 元" */
    private static String expenditure(JsonNode d) {
        String category = plain(d.get("category"));
        StringBuilder text = new StringBuilder(category == null ? "支出" : category + "支出");
        String months = plain(d.get("months"));
        if (months != null) {
            text.append(' ').append(months).append(" 个月");
        }
        String amount = money(d.get("amount"));
        if (amount != null) {
            text.append(' ').append(amount).append(" 元");
        }
        return text.toString();
    }

    /** "近 3 个月月收入由 4,200 元降至 800 元" */
    private static String incomeDrop(JsonNode d) {
        String months = plain(d.get("months"));
        String before = money(d.get("before"));
        String after = money(d.get("after"));
        String prefix = months == null ? "" : "近 " + months + " 个月";
        if (before != null && after != null) {
            return prefix + "月收入由 " + before + " 元降至 " + after + " 元";
        }
        if (after != null) {
            return prefix + "月收入降至 " + after + " 元";
        }
        return prefix.isEmpty() ? plain(d.get("reason")) : prefix + "收入明显下降";
    }

    /** "近 6 个月收入在 300 至 3,000 元之间波动" */
    private static String incomeUnstable(JsonNode d) {
        String months = plain(d.get("months"));
        String min = money(d.get("min"));
        String max = money(d.get("max"));
        String prefix = months == null ? "" : "近 " + months + " 个月";
        if (min != null && max != null) {
            return prefix + "收入在 " + min + " 至 " + max + " 元之间波动";
        }
        return prefix.isEmpty() ? plain(d.get("reason")) : prefix + "收入波动较大";
    }

    private static String plain(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String money(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return format(node.decimalValue());
        }
        String text = plain(node);
        if (text == null) {
            return null;
        }
        try {
            return format(new BigDecimal(text.replace(",", "")));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
