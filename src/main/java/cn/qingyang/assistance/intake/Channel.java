package cn.qingyang.assistance.intake;

import java.util.Arrays;
import java.util.Optional;

/** The channels through which a person in hardship comes to the township's notice (notice §三, §四). */
public enum Channel {
    VILLAGE_SWEEP("village_sweep", "村级摸排走访"),
    BIG_DATA("big_data", "大数据监测预警"),
    HOTLINE_12345("hotline_12345", "12345 热线"),
    ONLINE("online", "网上申请"),
    WALK_IN("walk_in", "为民服务中心窗口"),
    PETITION("petition", "信访"),
    OTHER_DEPARTMENT("other_department", "其他部门转介");

    private final String code;
    private final String label;

    Channel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
