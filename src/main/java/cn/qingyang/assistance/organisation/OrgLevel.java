package cn.qingyang.assistance.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Level of an organisational unit; {@link #code()} is the value used in the CSV and the table. */
public enum OrgLevel {
    COUNTY("county", 6, "县"),
    TOWNSHIP("township", 9, "乡镇"),
    VILLAGE("village", 12, "村（社区）");

    private final String code;
    private final int codeLength;
    private final String label;

    OrgLevel(String code, int codeLength, String label) {
        this.code = code;
        this.codeLength = codeLength;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** Length of a statistical division code at this level (341723 / 341723200 / 341723200201). */
    public int codeLength() {
        return codeLength;
    }

    public String label() {
        return label;
    }

    public static Optional<OrgLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
