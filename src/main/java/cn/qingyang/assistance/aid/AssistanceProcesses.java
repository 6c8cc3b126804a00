package cn.qingyang.assistance.aid;

import cn.qingyang.assistance.workflow.ModelConstants;

/**
 * Names shared by the assistance processes called from DiscoveryCase (clause 5 and 7 of the
 * notice: apply, assist, decide) — DibaoAssistance (低保), TemporaryAssistance (临时救助),
 * ExtremePovertyCare (特困供养) and DepartmentReferral (转介) — and by the apply and explain steps
 * of DiscoveryCase itself.
 */
@ModelConstants
public final class AssistanceProcesses {

    public static final String DIBAO_KEY = "DibaoAssistance";
    public static final String TEMPORARY_KEY = "TemporaryAssistance";
    public static final String CARE_KEY = "ExtremePovertyCare";
    public static final String REFERRAL_KEY = "DepartmentReferral";

    /** The routes AssistanceRoutes decided, comma-separated codes (e.g. "DIBAO,REFERRAL_MEDICAL"). */
    public static final String ROUTE_CODES = "routeCodes";
    /** The departments to refer to, comma-separated groups (e.g. "dept-medical,dept-housing"). */
    public static final String REFERRAL_DEPARTMENTS = "referralDepartments";

    // ---- 引导申请 / 协助申请 ----
    public static final String APPLICATION_DATE = "applicationDate";
    /** ONLINE 网上申请 or PAPER 书面申请. */
    public static final String APPLICATION_CHANNEL = "applicationChannel";
    public static final String APPLICATION_NOTE = "applicationNote";

    // ---- 低保 (DibaoAssistance) ----
    /** RECOMMEND 同意上报 or REJECT 不符合条件. */
    public static final String TOWNSHIP_DIBAO_DECISION = "townshipDibaoDecision";
    public static final String TOWNSHIP_DIBAO_OPINION = "townshipDibaoOpinion";
    /** The whole household is taken in (part of it was already covered). */
    public static final String WHOLE_HOUSEHOLD = "wholeHousehold";
    /** APPROVED 确认纳入 or REJECTED 不予确认. */
    public static final String COUNTY_DIBAO_DECISION = "countyDibaoDecision";
    public static final String COUNTY_DIBAO_OPINION = "countyDibaoOpinion";
    /** Monthly 低保 amount for the household (元); paid from the next month. */
    public static final String DIBAO_MONTHLY_AMOUNT = "dibaoMonthlyAmount";
    public static final String REFUSAL_REASONS = "refusalReasons";
    /** IN_PERSON 当面告知, PHONE 电话告知, WRITTEN 书面送达. */
    public static final String NOTIFY_METHOD = "notifyMethod";
    public static final String NOTIFIED_ON = "notifiedOn";
    /** Message name of an objection raised during the 7-day publicity. */
    public static final String MSG_PUBLICITY_OBJECTION = "Msg_PublicityObjection";
    public static final String OBJECTION_TEXT = "objectionText";
    /** APPROVED, REFUSED: what the 低保 procedure came to. */
    public static final String DIBAO_OUTCOME = "dibaoOutcome";

    // ---- 临时救助 (TemporaryAssistance) ----
    public static final String TEMPORARY_AMOUNT = "temporaryAmount";
    public static final String TEMPORARY_REASON = "temporaryReason";
    /** APPROVED 给予救助 or REJECTED 不予救助. */
    public static final String TOWNSHIP_TEMPORARY_DECISION = "townshipTemporaryDecision";
    public static final String TOWNSHIP_TEMPORARY_OPINION = "townshipTemporaryOpinion";
    public static final String COUNTY_TEMPORARY_DECISION = "countyTemporaryDecision";
    public static final String COUNTY_TEMPORARY_OPINION = "countyTemporaryOpinion";
    /** PAID, REFUSED. */
    public static final String TEMPORARY_OUTCOME = "temporaryOutcome";

    // ---- 特困供养 (ExtremePovertyCare) ----
    public static final String INSTITUTION_NAME = "institutionName";
    public static final String ADMISSION_DATE = "admissionDate";
    public static final String CAREGIVER_NAME = "caregiverName";
    public static final String CAREGIVER_PHONE = "caregiverPhone";
    public static final String CARE_DUTIES = "careDuties";
    /** How often the caregiver visits, e.g. 每日一次. */
    public static final String VISIT_FREQUENCY = "visitFrequency";
    public static final String AGREEMENT_DATE = "agreementDate";

    // ---- 转介 (DepartmentReferral, one per department) ----
    /** The department's group, e.g. dept-medical (the multi-instance element). */
    public static final String DEPARTMENT = "department";
    public static final String REFERRED_AT = "referredAt";
    /**
     * The department's answer deadline (a Date): 15 working days from {@value #REFERRED_AT}, computed
     * once as an input parameter of SubProcess_AnswerReferral; the task's due date, the overdue
     * timer and the forms read it.
     */
    public static final String ANSWER_DUE_AT = "answerDueAt";
    /** ACCEPTED 已受理救助 or DECLINED 不符合条件. */
    public static final String REFERRAL_RESULT = "referralResult";
    public static final String REFERRAL_ANSWER = "referralAnswer";
    public static final String REFERRAL_ESCALATION_NOTE = "referralEscalationNote";

    // ---- 告知并解释政策 (not eligible) ----
    /** IN_PERSON 当面告知, PHONE 电话告知, WRITTEN 书面送达. */
    public static final String INFORMED_HOW = "informedHow";
    public static final String POLICY_EXPLAINED = "policyExplained";
    /** YES: still in real hardship, the ledger follows up; NO. */
    public static final String STILL_IN_HARDSHIP = "stillInHardship";


    /** Element IDs of department-referral.bpmn (process DepartmentReferral), for tests and delegates; checked against the diagram. */
    public static final class DepartmentReferral {

        /** 已转介 */
        public static final String START_EVENT_REFERRED = "StartEvent_Referred";
        /** 登记转介 */
        public static final String TASK_SEND_REFERRAL = "Task_SendReferral";
        /** 通知转介部门 */
        public static final String TASK_NOTIFY_DEPARTMENT = "Task_NotifyDepartment";
        /** 办理转介并督办 */
        public static final String SUB_PROCESS_ANSWER_REFERRAL = "SubProcess_AnswerReferral";
        /** 转介已送达 */
        public static final String START_EVENT_REFERRAL_DELIVERED = "StartEvent_ReferralDelivered";
        /** 办理转介 */
        public static final String TASK_ANSWER_REFERRAL = "Task_AnswerReferral";
        /** 超过答复期限未答复 */
        public static final String BOUNDARY_EVENT_REFERRAL_OVERDUE = "BoundaryEvent_ReferralOverdue";
        /** 部门已答复 (terminates the subprocess: an open 督办转介 is cancelled) */
        public static final String END_EVENT_DEPARTMENT_ANSWERED = "EndEvent_DepartmentAnswered";
        /** 督办转介 */
        public static final String TASK_ESCALATE_REFERRAL = "Task_EscalateReferral";
        /** 已督办 */
        public static final String END_EVENT_REFERRAL_ESCALATED = "EndEvent_ReferralEscalated";
        /** 登记转介答复 */
        public static final String TASK_RECORD_REFERRAL_ANSWER = "Task_RecordReferralAnswer";
        /** 转介已答复 */
        public static final String END_EVENT_REFERRAL_ANSWERED = "EndEvent_ReferralAnswered";

        private DepartmentReferral() {
        }
    }

    /** Element IDs of dibao-assistance.bpmn (process DibaoAssistance), for tests and delegates; checked against the diagram. */
    public static final class DibaoAssistance {

        /** 低保申请已提出 */
        public static final String START_EVENT_DIBAO_APPLIED = "StartEvent_DibaoApplied";
        /** 提交乡镇审核 */
        public static final String GATEWAY_REVIEW_MERGE = "Gateway_ReviewMerge";
        /** 乡镇审核低保申请 */
        public static final String TASK_REVIEW_DIBAO = "Task_ReviewDibao";
        /** 乡镇是否同意上报? */
        public static final String GATEWAY_TOWNSHIP_RECOMMENDS = "Gateway_TownshipRecommends";
        /** 张榜公示 */
        public static final String TASK_START_PUBLICITY = "Task_StartPublicity";
        /** 公示期间是否有异议? */
        public static final String GATEWAY_PUBLICITY = "Gateway_Publicity";
        /** 公示期已满 (the period lives in the timer alone: P7D) */
        public static final String INTERMEDIATE_EVENT_PUBLICITY_ENDED = "IntermediateEvent_PublicityEnded";
        /** 收到公示异议 */
        public static final String INTERMEDIATE_EVENT_OBJECTION_RAISED = "IntermediateEvent_ObjectionRaised";
        /** 登记公示异议 */
        public static final String TASK_RECORD_OBJECTION = "Task_RecordObjection";
        /** 核查公示异议（重新入户调查） */
        public static final String TASK_VERIFY_OBJECTION = "Task_VerifyObjection";
        /** 记录复核调查 */
        public static final String TASK_RECORD_OBJECTION_VISIT = "Task_RecordObjectionVisit";
        /** 县局审核确认低保 */
        public static final String TASK_CONFIRM_DIBAO = "Task_ConfirmDibao";
        /** 县局是否确认? */
        public static final String GATEWAY_COUNTY_CONFIRMS = "Gateway_CountyConfirms";
        /** 登记低保决定（次月起发放） */
        public static final String TASK_RECORD_DIBAO_DECISION = "Task_RecordDibaoDecision";
        /** 标记已纳入低保 */
        public static final String TASK_MARK_DIBAO_APPROVED = "Task_MarkDibaoApproved";
        /** 已纳入低保 */
        public static final String END_EVENT_DIBAO_APPROVED = "EndEvent_DibaoApproved";
        /** 不予批准 */
        public static final String GATEWAY_REFUSAL_MERGE = "Gateway_RefusalMerge";
        /** 书面告知不予批准 */
        public static final String TASK_NOTIFY_DIBAO_REFUSAL = "Task_NotifyDibaoRefusal";
        /** 登记不予批准 */
        public static final String TASK_RECORD_DIBAO_REFUSAL = "Task_RecordDibaoRefusal";
        /** 标记未予批准 */
        public static final String TASK_MARK_DIBAO_REFUSED = "Task_MarkDibaoRefused";
        /** 未予批准，已告知 */
        public static final String END_EVENT_DIBAO_REFUSED = "EndEvent_DibaoRefused";

        private DibaoAssistance() {
        }
    }

    /** Element IDs of extreme-poverty-care.bpmn (process ExtremePovertyCare), for tests and delegates; checked against the diagram. */
    public static final class ExtremePovertyCare {

        /** 需落实特困照料 */
        public static final String START_EVENT_CARE_NEEDED = "StartEvent_CareNeeded";
        /** 是否愿意集中供养? */
        public static final String GATEWAY_WILLING_CENTRAL_CARE = "Gateway_WillingCentralCare";
        /** 安排集中供养 */
        public static final String TASK_ARRANGE_CENTRAL_CARE = "Task_ArrangeCentralCare";
        /** 签订照料协议（物质+服务） */
        public static final String TASK_SIGN_CARE_AGREEMENT = "Task_SignCareAgreement";
        /** 照料已落实 */
        public static final String GATEWAY_CARE_ARRANGED = "Gateway_CareArranged";
        /** 登记照料安排 */
        public static final String TASK_RECORD_CARE_ARRANGEMENT = "Task_RecordCareArrangement";
        /** 特困照料已落实 */
        public static final String END_EVENT_CARE_ARRANGED = "EndEvent_CareArranged";

        private ExtremePovertyCare() {
        }
    }

    /** Element IDs of temporary-assistance.bpmn (process TemporaryAssistance), for tests and delegates; checked against the diagram. */
    public static final class TemporaryAssistance {

        /** 临时救助申请已提出 */
        public static final String START_EVENT_TEMPORARY_APPLIED = "StartEvent_TemporaryApplied";
        /** 临时救助审批 */
        public static final String TASK_DECIDE_TEMPORARY_ASSISTANCE = "Task_DecideTemporaryAssistance";
        /** 乡镇是否给予救助? */
        public static final String GATEWAY_TOWNSHIP_GRANTS = "Gateway_TownshipGrants";
        /** 是否超出乡镇审批权限? */
        public static final String GATEWAY_TEMPORARY_ABOVE_CAP = "Gateway_TemporaryAboveCap";
        /** 县局审批临时救助 */
        public static final String TASK_APPROVE_TEMPORARY_BY_COUNTY = "Task_ApproveTemporaryByCounty";
        /** 县局是否同意? */
        public static final String GATEWAY_COUNTY_GRANTS = "Gateway_CountyGrants";
        /** 救助已批准 */
        public static final String GATEWAY_TEMPORARY_APPROVED = "Gateway_TemporaryApproved";
        /** 登记临时救助发放 */
        public static final String TASK_RECORD_TEMPORARY_PAYMENT = "Task_RecordTemporaryPayment";
        /** 推送财政发放记录 */
        public static final String TASK_SEND_PAYMENT_RECORD = "Task_SendPaymentRecord";
        /** 短信告知救助结果 */
        public static final String TASK_NOTIFY_PAID = "Task_NotifyPaid";
        /** 标记已发放 */
        public static final String TASK_MARK_TEMPORARY_PAID = "Task_MarkTemporaryPaid";
        /** 临时救助已发放 */
        public static final String END_EVENT_TEMPORARY_PAID = "EndEvent_TemporaryPaid";
        /** 不予救助 */
        public static final String GATEWAY_TEMPORARY_REFUSED = "Gateway_TemporaryRefused";
        /** 登记不予救助 */
        public static final String TASK_RECORD_TEMPORARY_REFUSAL = "Task_RecordTemporaryRefusal";
        /** 短信告知不予救助 */
        public static final String TASK_NOTIFY_REFUSED = "Task_NotifyRefused";
        /** 标记不予救助 */
        public static final String TASK_MARK_TEMPORARY_REFUSED = "Task_MarkTemporaryRefused";
        /** 不予救助 */
        public static final String END_EVENT_TEMPORARY_REFUSED = "EndEvent_TemporaryRefused";

        private TemporaryAssistance() {
        }
    }

    private AssistanceProcesses() {
    }
}
