package cn.qingyang.assistance.intake.roster;

import java.util.Arrays;
import java.util.Optional;

/** all_or_nothing: one bad row and nothing is imported; valid_rows: the good rows are imported. */
public enum ImportMode {
    ALL_OR_NOTHING("all_or_nothing"),
    VALID_ROWS("valid_rows");

    private final String code;

    ImportMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportMode> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(ALL_OR_NOTHING);
        }
        return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
