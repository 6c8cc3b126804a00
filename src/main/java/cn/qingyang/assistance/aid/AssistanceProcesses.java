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

    private AssistanceProcesses() {
    }
}
