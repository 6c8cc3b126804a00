package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.workflow.ModelConstants;

/** Names shared by MonthlySweep / TownshipSweep (clause 1 of the notice), their forms and delegates. */
@ModelConstants
public final class MonthlySweepProcess {

    public static final String PROCESS_KEY = "MonthlySweep";
    public static final String TOWNSHIP_PROCESS_KEY = "TownshipSweep";

    /** The month swept, yyyy-MM (Beijing time), set when the month's sweep starts. */
    public static final String SWEEP_MONTH = "sweepMonth";
    /**
     * When a village's sweep is due (a Date): input parameter of the village's sweep subprocess, read
     * by the task's due date and the overdue timer (the 25th of the month, end of day).
     */
    public static final String SWEEP_DUE_AT = "sweepDueAt";
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


    /** Element IDs of monthly-sweep.bpmn (process MonthlySweep), for tests and delegates; checked against the diagram. */
    public static final class MonthlySweep {

        /** 每月 1 日 8 时 */
        public static final String START_EVENT_MONTH_STARTED = "StartEvent_MonthStarted";
        /** 确定摸排月份 */
        public static final String TASK_SET_SWEEP_MONTH = "Task_SetSweepMonth";
        /** 各乡镇组织摸排 */
        public static final String CALL_ACTIVITY_TOWNSHIP_SWEEPS = "CallActivity_TownshipSweeps";
        /** 本月摸排结束 */
        public static final String END_EVENT_MONTH_SWEPT = "EndEvent_MonthSwept";

        private MonthlySweep() {
        }
    }

    /** Element IDs of township-sweep.bpmn (process TownshipSweep), for tests and delegates; checked against the diagram. */
    public static final class TownshipSweep {

        /** 乡镇摸排已开始 */
        public static final String START_EVENT_TOWNSHIP_SWEEP_STARTED = "StartEvent_TownshipSweepStarted";
        /** 各村开展走访摸排 */
        public static final String CALL_ACTIVITY_VILLAGE_SWEEPS = "CallActivity_VillageSweeps";
        /** 汇总本月花名册 */
        public static final String TASK_PREPARE_ROSTER = "Task_PrepareRoster";
        /** 审核本月花名册 */
        public static final String TASK_REVIEW_ROSTER = "Task_ReviewRoster";
        /** 花名册已审核 */
        public static final String END_EVENT_ROSTER_REVIEWED = "EndEvent_RosterReviewed";

        private TownshipSweep() {
        }
    }

    /** Element IDs of village-sweep.bpmn (process VillageSweep), for tests and delegates; checked against the diagram. */
    public static final class VillageSweep {

        /** 本月摸排已开始 */
        public static final String START_EVENT_VILLAGE_SWEEP_STARTED = "StartEvent_VillageSweepStarted";
        /** 登记本月摸排 */
        public static final String TASK_OPEN_VILLAGE_SWEEP = "Task_OpenVillageSweep";
        /** 本村本月摸排: the sweep with its reminder and its overdue 督办, so that the sweep's end ends them. */
        public static final String SUB_PROCESS_VILLAGE_SWEEP = "SubProcess_VillageSweep";
        /** 摸排任务已下达 */
        public static final String START_EVENT_SWEEP_ASSIGNED = "StartEvent_SweepAssigned";
        /** 开展本月走访摸排 */
        public static final String TASK_SWEEP_VILLAGE = "Task_SweepVillage";
        /** 摸排已提交 (terminate: cancels an open 督办) */
        public static final String END_EVENT_SWEEP_SUBMITTED = "EndEvent_SweepSubmitted";
        /** 临近到期 */
        public static final String BOUNDARY_EVENT_SWEEP_REMINDER = "BoundaryEvent_SweepReminder";
        /** 提醒本村 */
        public static final String TASK_REMIND_VILLAGE = "Task_RemindVillage";
        /** 已提醒 */
        public static final String END_EVENT_REMINDED = "EndEvent_Reminded";
        /** 到期未完成 (non-interrupting: the village may still finish) */
        public static final String BOUNDARY_EVENT_SWEEP_OVERDUE = "BoundaryEvent_SweepOverdue";
        /** 登记逾期 */
        public static final String TASK_RECORD_OVERDUE_SWEEP = "Task_RecordOverdueSweep";
        /** 督办逾期摸排 */
        public static final String TASK_ESCALATE_OVERDUE_SWEEP = "Task_EscalateOverdueSweep";
        /** 逾期已督办 */
        public static final String END_EVENT_VILLAGE_OVERDUE = "EndEvent_VillageOverdue";
        /** 本月已结束 (interrupting, on the subprocess: the month's cut-off) */
        public static final String BOUNDARY_EVENT_MONTH_ENDED = "BoundaryEvent_MonthEnded";
        /** 登记走访结果 */
        public static final String TASK_RECORD_VILLAGE_SWEEP = "Task_RecordVillageSweep";
        /** 本村已完成 */
        public static final String END_EVENT_VILLAGE_SWEPT = "EndEvent_VillageSwept";
        /** 登记本月未完成 */
        public static final String TASK_RECORD_SWEEP_NOT_DONE = "Task_RecordSweepNotDone";
        /** 本村本月未完成 */
        public static final String END_EVENT_VILLAGE_NOT_SWEPT = "EndEvent_VillageNotSwept";

        private VillageSweep() {
        }
    }

    private MonthlySweepProcess() {
    }
}
