package cn.qingyang.assistance.intake;

import java.util.List;

/**
 * The columns of a roster (花名册), in order: what a village uploads and what a month's sweep
 * exports, so that one can be filled from the other.
 */
public final class RosterFormat {

    public static final List<String> COLUMNS = List.of("序号", "姓名", "身份证号", "联系电话", "乡镇", "村(社区)", "困难情况", "是否急难");

    private RosterFormat() {
    }
}
