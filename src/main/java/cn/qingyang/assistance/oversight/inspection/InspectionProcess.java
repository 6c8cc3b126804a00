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
    /** Input parameter of the recorder: FINDINGS, RECTIFIED or VERIFIED. */
    public static final String INSPECTION_STEP = "inspectionStep";
    /** Input parameter: working days the township has to rectify (set in the diagram). */
    public static final String RECTIFICATION_WORKING_DAYS = "rectificationWorkingDays";
    /** When the rectification is due (a Date, Beijing time), set when findings or a failed verification are recorded. */
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

    private InspectionProcess() {
    }
}
