package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.workflow.ModelConstants;

/** Names shared by FollowUpVisits (回访, clause 6 and 8 of the notice), its forms and delegates. */
@ModelConstants
public final class FollowUpProcess {

    public static final String PROCESS_KEY = "FollowUpVisits";
    /** 定期回访: the county inspects whether it is done by its due date. */
    public static final String TASK_FOLLOW_UP_VISIT = "Task_FollowUpVisit";

    /** The ledger entry followed up, and when the next visit is due (a Date, Beijing time). */
    public static final String LEDGER_ENTRY_ID = "ledgerEntryId";
    public static final String NEXT_FOLLOW_UP_AT = "nextFollowUpAt";
    /** How many follow-up visits were made. */
    public static final String FOLLOW_UP_COUNT = "followUpCount";

    // ---- 回访 form ----
    public static final String FOLLOW_UP_DATE = "followUpDate";
    /** RESOLVED 困难已解决, UNCHANGED 无明显变化, WORSE 情况恶化. */
    public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    // ---- 督办逾期回访 (township leader) ----
    public static final String FOLLOW_UP_ESCALATION_NOTE = "followUpEscalationNote";

    private FollowUpProcess() {
    }
}
