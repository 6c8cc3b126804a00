package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.workflow.ModelConstants;

/** Names shared by MonthlySweep / TownshipSweep (clause 1 of the notice), their forms and delegates. */
@ModelConstants
public final class MonthlySweepProcess {

    public static final String PROCESS_KEY = "MonthlySweep";
    public static final String TOWNSHIP_PROCESS_KEY = "TownshipSweep";

    /** The month swept, yyyy-MM (Beijing time), set when the month's sweep starts. */
    public static final String SWEEP_MONTH = "sweepMonth";
    /** The village of one branch of a township's sweep (multi-instance element). */
    public static final String VILLAGE_CODE = "villageCode";
    public static final String VILLAGE_NAME = "villageName";
    public static final String TOWNSHIP_NAME = "townshipName";

    // ---- 开展本月走访摸排 (village team) ----
    public static final String HOUSEHOLDS_VISITED = "householdsVisited";
    public static final String PEOPLE_REPORTED = "peopleReported";
    public static final String SWEEP_NOTE = "sweepNote";
    /** Reports the village filed this month (shown on its task). */
    public static final String REPORTS_THIS_MONTH = "reportsThisMonth";

    // ---- 督办逾期摸排 (township leader) ----
    public static final String OVERDUE_REASON = "overdueReason";
    public static final String OVERDUE_ACTION = "overdueAction";

    // ---- 审核本月花名册 (township team) ----
    public static final String ROSTER_SIZE = "rosterSize";
    public static final String ROSTER_URL = "rosterUrl";
    /** APPROVED 审核通过 or NEEDS_CHECK 需复核. */
    public static final String ROSTER_REVIEW = "rosterReview";
    public static final String ROSTER_NOTE = "rosterNote";

    private MonthlySweepProcess() {
    }
}
