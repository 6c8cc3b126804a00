package cn.qingyang.assistance.intake;

import java.util.List;

/**
 * The columns of a roster (花名册), in order: what a village uploads and what a month's sweep
 * exports, so that one can be filled from the other.
 */
public final class RosterFormat {

    public static final List<String> COLUMNS = List.of("序号", "姓名", "身份证号", "联系电话", "乡镇", "村(社区)", "困难情况", "是否急难");

    /**
     * Optional columns after {@link #COLUMNS} (issue 15 §7): rows of one roster with the same
     * village and 户主姓名 form one household, the row whose 与户主关系 is 户主 its head. A roster
     * without them is read as before.
     */
    public static final List<String> HOUSEHOLD_COLUMNS = List.of("户主姓名", "与户主关系");

    private RosterFormat() {
    }
}
