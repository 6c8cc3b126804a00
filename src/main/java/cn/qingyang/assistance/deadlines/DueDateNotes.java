package cn.qingyang.assistance.deadlines;

/**
 * The mark a task carries while its due date lies in a year whose holiday arrangement is not
 * published yet (counted from the statutory days alone): a task-local variable that Tasklist's
 * filters show as 期限说明. It goes when the year is entered and the date is corrected.
 */
public final class DueDateNotes {

    /** The task-local variable. */
    public static final String VARIABLE = "dueDateNote";
    /** Its label in Tasklist. */
    public static final String LABEL = "期限说明";

    private DueDateNotes() {
    }

    /** The note for a due date in {@code year}. */
    public static String provisional(int year) {
        return "暂定：" + year + " 年节假日安排尚未发布，期限暂按法定节日推算，发布后自动更正";
    }
}
