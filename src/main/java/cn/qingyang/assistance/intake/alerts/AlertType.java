package cn.qingyang.assistance.intake.alerts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the big-data platform noticed about a household, with its Chinese name. */
enum AlertType {
    EXPENDITURE_SURGE("支出骤增"),
    INCOME_DROP("收入骤减"),
    INCOME_UNSTABLE("收入不稳定"),
    OTHER("其他预警");

    private final String label;

    AlertType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AlertType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    /** "EXPENDITURE_SURGE（支出骤增）、…", for messages. */
    static String listed() {
        return Arrays.stream(values()).map(t -> t.name() + "（" + t.label + "）").collect(Collectors.joining("、"));
    }
}
