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
    /**
     * The category's cycle asks for one visit only (a Boolean, from the cycle's repetitions, e.g.
     * R1/P1M): an unchanged hardship then closes the entry instead of being visited again.
     */
    public static final String FOLLOW_UP_ONCE = "followUpOnce";
    /**
     * When the visit is due (a Date): 5 working days after the follow-up date is reached, computed
     * once per visit as an input parameter of SubProcess_FollowUpVisit; the task's due date, the
     * overdue timer and the escalation form read it.
     */
    public static final String VISIT_DUE_AT = "visitDueAt";

    // ---- 回访 form ----
    public static final String FOLLOW_UP_DATE = "followUpDate";
    /** RESOLVED 困难已解决, UNCHANGED 无明显变化, WORSE 情况恶化. */
    public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    // ---- 督办逾期回访 (township leader) ----
    public static final String FOLLOW_UP_ESCALATION_NOTE = "followUpEscalationNote";


    /** Element IDs of follow-up-visits.bpmn (process FollowUpVisits), for tests and delegates; checked against the diagram. */
    public static final class FollowUpVisits {

        /** 已纳入台账 */
        public static final String START_EVENT_FOLLOW_UP_ARRANGED = "StartEvent_FollowUpArranged";
        /** 安排下次回访 */
        public static final String GATEWAY_NEXT_VISIT = "Gateway_NextVisit";
        /** 回访日期已到 */
        public static final String INTERMEDIATE_EVENT_FOLLOW_UP_DUE = "IntermediateEvent_FollowUpDue";
        /** 定期回访并督办 */
        public static final String SUB_PROCESS_FOLLOW_UP_VISIT = "SubProcess_FollowUpVisit";
        /** 回访已开始 */
        public static final String START_EVENT_VISIT_STARTED = "StartEvent_VisitStarted";
        /** 定期回访 */
        public static final String TASK_FOLLOW_UP_VISIT = "Task_FollowUpVisit";
        /** 回访已逾期 */
        public static final String BOUNDARY_EVENT_FOLLOW_UP_OVERDUE = "BoundaryEvent_FollowUpOverdue";
        /** 回访已完成 (terminates the subprocess: an open 督办逾期回访 is cancelled) */
        public static final String END_EVENT_VISIT_DONE = "EndEvent_VisitDone";
        /** 督办逾期回访 */
        public static final String TASK_ESCALATE_FOLLOW_UP = "Task_EscalateFollowUp";
        /** 已督办 */
        public static final String END_EVENT_FOLLOW_UP_ESCALATED = "EndEvent_FollowUpEscalated";
        /** 记录回访情况 */
        public static final String TASK_RECORD_FOLLOW_UP = "Task_RecordFollowUp";
        /** 回访结果? */
        public static final String GATEWAY_FOLLOW_UP_OUTCOME = "Gateway_FollowUpOutcome";
        /** 是否还需回访? */
        public static final String GATEWAY_MORE_VISITS = "Gateway_MoreVisits";
        /** 重新上报、再评估 */
        public static final String TASK_REPORT_WORSE = "Task_ReportWorse";
        /** 销号 */
        public static final String GATEWAY_ENTRY_CLOSING = "Gateway_EntryClosing";
        /** 台账销号 */
        public static final String TASK_CLOSE_ENTRY = "Task_CloseEntry";
        /** 回访结束 */
        public static final String END_EVENT_ENTRY_CLOSED = "EndEvent_EntryClosed";
        /** 已转再评估 */
        public static final String END_EVENT_REASSESSED = "EndEvent_Reassessed";

        private FollowUpVisits() {
        }
    }

    private FollowUpProcess() {
    }
}
