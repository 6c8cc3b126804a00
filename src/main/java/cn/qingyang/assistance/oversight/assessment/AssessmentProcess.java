package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.workflow.ModelConstants;

/** Names shared by AnnualAssessment (年度考核), its form and delegates. */
@ModelConstants
public final class AssessmentProcess {

    public static final String PROCESS_KEY = "AnnualAssessment";

    /** The year assessed (the one before the timer fires, unless given at start). */
    public static final String ASSESSMENT_YEAR = "assessmentYear";
    /** The ranking as a table for the review form (markdown), and where to download the xlsx report. */
    public static final String ASSESSMENT_SUMMARY = "assessmentSummary";
    public static final String REPORT_URL = "assessmentReportUrl";

    // ---- 审核年度考核结果 (county) ----
    /** APPROVED 审核通过 or RECALCULATE 重新计算 (e.g. after late corrections; needs the note). */
    public static final String REVIEW = "assessmentReview";
    public static final String REVIEW_NOTE = "assessmentReviewNote";

    private AssessmentProcess() {
    }
}
