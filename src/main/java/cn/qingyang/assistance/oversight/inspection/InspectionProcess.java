package cn.qingyang.assistance.oversight.inspection;

import cn.qingyang.assistance.workflow.ModelConstants;
import cn.qingyang.assistance.organisation.TownshipTenants;

/** Names shared by QuarterlyInspection and TownshipInspection (季度指导检查), their forms and delegates. */
@ModelConstants
public final class InspectionProcess {

    public static final String PROCESS_KEY = "QuarterlyInspection";
    public static final String TOWNSHIP_PROCESS_KEY = "TownshipInspection";

    /** The quarter inspected, yyyy-Qn (the one before the timer fires, unless given at start). */
    public static final String INSPECTION_QUARTER = "inspectionQuarter";
    public static final String TOWNSHIP_CODE = TownshipTenants.TOWNSHIP_CODE;
    public static final String TOWNSHIP_NAME = "townshipName";
    /** Row of {@code quarterly_inspection}. */
    public static final String INSPECTION_ID = "inspectionId";
    /** The quarter's figures as a table for the forms (markdown). */
    public static final String INSPECTION_SUMMARY = "inspectionSummary";
    /** Input parameter of the recorder: FINDINGS, RECTIFYING, RECTIFIED or VERIFIED. */
    public static final String INSPECTION_STEP = "inspectionStep";
    /**
     * When the (re-)rectification is due (a Date): input parameter of 落实整改, the one place its
     * working days are set (first rectification, again after a failed verification); read by the
     * task's due date and recorded with the inspection.
     */
    public static final String RECTIFICATION_DUE_AT = "rectificationDueAt";

    // ---- 季度指导检查 (county) ----
    public static final String INSPECTION_FINDINGS = "inspectionFindings";
    /** YES 需要整改 or NO 无需整改. */
    public static final String RECTIFICATION_REQUIRED = "rectificationRequired";

    // ---- 落实整改 (township) ----
    public static final String RECTIFICATION_REPORT = "rectificationReport";

    // ---- 核验整改 (county) ----
    /** VERIFIED 整改到位 or NOT_VERIFIED 未整改到位 (needs the note: what is still missing). */
    public static final String VERIFICATION_RESULT = "verificationResult";
    public static final String VERIFICATION_NOTE = "verificationNote";


    /** Element IDs of quarterly-inspection.bpmn (process QuarterlyInspection), for tests and delegates; checked against the diagram. */
    public static final class QuarterlyInspection {

        /** 每季度首月 5 日 9 时 */
        public static final String START_EVENT_QUARTER_STARTED = "StartEvent_QuarterStarted";
        /** 确定检查季度 */
        public static final String TASK_SET_INSPECTION_QUARTER = "Task_SetInspectionQuarter";
        /** 逐一检查各乡镇 */
        public static final String CALL_ACTIVITY_TOWNSHIP_INSPECTIONS = "CallActivity_TownshipInspections";
        /** 本季度检查结束 */
        public static final String END_EVENT_QUARTER_INSPECTED = "EndEvent_QuarterInspected";

        private QuarterlyInspection() {
        }
    }

    /** Element IDs of township-inspection.bpmn (process TownshipInspection), for tests and delegates; checked against the diagram. */
    public static final class TownshipInspection {

        /** 季度检查已开始 */
        public static final String START_EVENT_INSPECTION_STARTED = "StartEvent_InspectionStarted";
        /** 汇总本季度工作数据 */
        public static final String TASK_COMPILE_FIGURES = "Task_CompileFigures";
        /** 季度指导检查 */
        public static final String TASK_INSPECT_TOWNSHIP = "Task_InspectTownship";
        /** 记录检查意见 */
        public static final String TASK_RECORD_FINDINGS = "Task_RecordFindings";
        /** 是否需要整改? */
        public static final String GATEWAY_RECTIFICATION_REQUIRED = "Gateway_RectificationRequired";
        /** 检查完毕，无需整改 */
        public static final String END_EVENT_NO_RECTIFICATION = "EndEvent_NoRectification";
        /** 落实整改 */
        public static final String GATEWAY_RECTIFY = "Gateway_Rectify";
        /** 落实整改 */
        public static final String TASK_RECTIFY = "Task_Rectify";
        /** 记录整改情况 */
        public static final String TASK_RECORD_RECTIFICATION = "Task_RecordRectification";
        /** 核验整改 */
        public static final String TASK_VERIFY_RECTIFICATION = "Task_VerifyRectification";
        /** 记录核验结果 */
        public static final String TASK_RECORD_VERIFICATION = "Task_RecordVerification";
        /** 整改是否到位? */
        public static final String GATEWAY_VERIFIED = "Gateway_Verified";
        /** 整改已核验 */
        public static final String END_EVENT_RECTIFICATION_VERIFIED = "EndEvent_RectificationVerified";

        private TownshipInspection() {
        }
    }

    private InspectionProcess() {
    }
}
