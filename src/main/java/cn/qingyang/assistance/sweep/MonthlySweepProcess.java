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
        /** 开展本月走访摸排 */
        public static final String TASK_SWEEP_VILLAGE = "Task_SweepVillage";
        /** 截止前 3 天提醒 */
        public static final String BOUNDARY_EVENT_SWEEP_REMINDER = "BoundaryEvent_SweepReminder";
        /** 提醒本村 */
        public static final String TASK_REMIND_VILLAGE = "Task_RemindVillage";
        /** 已提醒 */
        public static final String END_EVENT_REMINDED = "EndEvent_Reminded";
        /** 25 日未完成 */
        public static final String BOUNDARY_EVENT_SWEEP_OVERDUE = "BoundaryEvent_SweepOverdue";
        /** 督办逾期摸排 */
        public static final String TASK_ESCALATE_OVERDUE_SWEEP = "Task_EscalateOverdueSweep";
        /** 登记逾期 */
        public static final String TASK_RECORD_OVERDUE_SWEEP = "Task_RecordOverdueSweep";
        /** 逾期已督办 */
        public static final String END_EVENT_VILLAGE_OVERDUE = "EndEvent_VillageOverdue";
        /** 登记走访结果 */
        public static final String TASK_RECORD_VILLAGE_SWEEP = "Task_RecordVillageSweep";
        /** 本村已完成 */
        public static final String END_EVENT_VILLAGE_SWEPT = "EndEvent_VillageSwept";

        private VillageSweep() {
        }
    }

    private MonthlySweepProcess() {
    }
}
