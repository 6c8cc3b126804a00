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


    /** Element IDs of annual-assessment.bpmn (process AnnualAssessment), for tests and delegates; checked against the diagram. */
    public static final class AnnualAssessment {

        /** 每年 1 月 10 日 9 时 */
        public static final String START_EVENT_YEAR_STARTED = "StartEvent_YearStarted";
        /** 计算得分 */
        public static final String GATEWAY_CALCULATE = "Gateway_Calculate";
        /** 计算年度考核得分 */
        public static final String TASK_CALCULATE_SCORES = "Task_CalculateScores";
        /** 审核年度考核结果 */
        public static final String TASK_REVIEW_ASSESSMENT = "Task_ReviewAssessment";
        /** 审核结果? */
        public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
        /** 发布考核结果 */
        public static final String TASK_PUBLISH_ASSESSMENT = "Task_PublishAssessment";
        /** 考核结果已发布 */
        public static final String END_EVENT_ASSESSMENT_PUBLISHED = "EndEvent_AssessmentPublished";

        private AnnualAssessment() {
        }
    }

    private AssessmentProcess() {
    }
}
