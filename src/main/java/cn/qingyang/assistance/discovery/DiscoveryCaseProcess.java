package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.ModelConstants;
import cn.qingyang.assistance.organisation.TownshipTenants;

/**
 * Names shared by the DiscoveryCase diagram, its forms, delegates and tests, and by whatever starts
 * a case (intake) or is called from one (aid, ledger, outside).
 * Variables carry IDs, flags and what forms show; the case file itself is in our tables.
 */
@ModelConstants
public final class DiscoveryCaseProcess {

    public static final String PROCESS_KEY = "DiscoveryCase";
    /** 入户调查评估: the county inspects whether it is done by its due date. */
    public static final String TASK_VISIT_HOUSEHOLD = "Task_VisitHousehold";

    // ---- set at registration (start variables) ----
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String TOWNSHIP_CODE = TownshipTenants.TOWNSHIP_CODE;
    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String VILLAGE_NAME = "villageName";
    public static final String PERSON_NAME = "personName";
    /** Masked, e.g. 341723********123X: full numbers stay in our tables. */
    public static final String ID_NUMBER_MASKED = "idNumberMasked";
    public static final String PHONE = "phone";
    public static final String CHANNEL = "channel";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String DESCRIPTION = "description";
    public static final String URGENT = "urgent";
    public static final String RELATED_TO_STAFF = "relatedToStaff";
    public static final String REGISTERED_AT = "registeredAt";
    /** Reports attached after the first, and the latest one, shown to the worker on the next task. */
    public static final String REPORT_COUNT = "reportCount";
    public static final String LATEST_REPORT = "latestReport";
    /** Township cap for first aid (元), from configuration at registration. */
    public static final String TOWNSHIP_AID_CAP = "townshipAidCap";
    /** The monthly 低保 standard (元 per person) used by the routing rules. */
    public static final String DIBAO_STANDARD = "dibaoStandard";

    // ---- 先行救助 (emergency aid, assist first) ----
    /** CASH (现金) or IN_KIND (实物). */
    public static final String AID_KIND = "aidKind";
    public static final String AID_AMOUNT = "aidAmount";
    public static final String AID_PURPOSE = "aidPurpose";
    /** APPROVED 同意 or REJECTED 不同意. */
    public static final String COUNTY_AID_DECISION = "countyAidDecision";
    public static final String COUNTY_AID_OPINION = "countyAidOpinion";
    public static final String EXPEDITE_NOTE = "expediteNote";
    /** APPROVED 通过 or REJECTED 不通过 (a refusal needs the opinion: why). */
    public static final String POST_APPROVAL_DECISION = "postApprovalDecision";
    public static final String POST_APPROVAL_OPINION = "postApprovalOpinion";
    public static final String CORRECTION_NOTE = "correctionNote";

    // ---- 县局入户核查 (applicant related to staff: 单独登记备案) ----
    public static final String COUNTY_VISIT_DATE = "countyVisitDate";
    public static final String COUNTY_VISIT_FINDINGS = "countyVisitFindings";
    /** CONFIRMED 情况属实 or NOT_CONFIRMED 情况不实. */
    public static final String COUNTY_VISIT_RESULT = "countyVisitResult";

    // ---- 入户调查评估 (home visit under 三个不放过) ----
    public static final String VISIT_DATE = "visitDate";
    public static final String INVESTIGATOR_1 = "investigator1";
    public static final String INVESTIGATOR_2 = "investigator2";
    /** YES or NO. */
    public static final String PERSON_SEEN = "personSeen";
    public static final String NOT_SEEN_REASON = "notSeenReason";
    /** HEALTHY 健康, CHRONIC 长期慢性病, SERIOUS 重病, DISABLED 残疾. */
    public static final String HEALTH_STATUS = "healthStatus";
    /** 0 (none) to 4. */
    public static final String DISABILITY_GRADE = "disabilityGrade";
    /** FULL 有, PARTIAL 部分丧失, LOST 完全丧失, NONE 无 (minors, elderly). */
    public static final String LABOUR_CAPACITY = "labourCapacity";
    /** The six activities of daily living: YES = can do it alone, NO = cannot. */
    public static final String ADL_EATING = "adlEating";
    public static final String ADL_DRESSING = "adlDressing";
    public static final String ADL_BATHING = "adlBathing";
    public static final String ADL_TOILETING = "adlToileting";
    public static final String ADL_TRANSFERRING = "adlTransferring";
    public static final String ADL_WALKING = "adlWalking";
    public static final String HOUSEHOLD_SIZE = "householdSize";
    /** Monthly household income by type (元). */
    public static final String INCOME_WAGE = "incomeWage";
    public static final String INCOME_BUSINESS = "incomeBusiness";
    public static final String INCOME_PROPERTY = "incomeProperty";
    public static final String INCOME_TRANSFER = "incomeTransfer";
    public static final String MAIN_ASSETS = "mainAssets";
    /** Rigid spending over the last 12 months (元). */
    public static final String MEDICAL_SPENDING = "medicalSpending";
    public static final String EDUCATION_SPENDING = "educationSpending";
    /** Up to three hardship causes: 01 因病 02 因灾 03 因残 04 缺劳动力 05 意外事故 06 产业失败 07 务工就业不稳 09 因学 99 其他. */
    public static final String CAUSE_1 = "cause1";
    public static final String CAUSE_2 = "cause2";
    public static final String CAUSE_3 = "cause3";
    /** SEVERE 严重, MODERATE 较重, MILD 一般. */
    public static final String HARDSHIP_DEGREE = "hardshipDegree";
    /** NONE 无, WEAK 较弱, SOME 有一定自救能力. */
    public static final String SELF_HELP_CAPACITY = "selfHelpCapacity";
    public static final String HOUSEHOLD_PARTLY_ON_DIBAO = "householdPartlyOnDibao";
    public static final String EXTREME_POVERTY_PERSON = "extremePovertyPerson";
    public static final String RIGHTS_AT_RISK = "rightsAtRisk";
    public static final String WILLING_CENTRAL_CARE = "willingCentralCare";
    public static final String MEDICAL_NEED = "medicalNeed";
    public static final String HOUSING_NEED = "housingNeed";
    public static final String EMPLOYMENT_NEED = "employmentNeed";
    public static final String EDUCATION_NEED = "educationNeed";
    public static final String TEMPORARY_NEED = "temporaryNeed";
    /** YES: can apply themselves; NO: sick or disabled, the village 协理员 applies for them. */
    public static final String CAN_APPLY_THEMSELVES = "canApplyThemselves";
    public static final String FINDINGS = "findings";
    public static final String COUNTERMEASURES = "countermeasures";
    /** COMPLETE 情况已查清 or MORE_NEEDED 需补充调查. */
    public static final String INVESTIGATION_CONCLUSION = "investigationConclusion";
    /** Set by the visit recorder. */
    public static final String VISIT_COUNT = "visitCount";
    public static final String FAILED_VISITS = "failedVisits";
    public static final String PER_CAPITA_INCOME = "perCapitaIncome";
    public static final String SELF_CARE_LOSS = "selfCareLoss";

    // ---- 协调查找 (leader, after 3 visits without seeing the person) ----
    /** FOUND 已找到, CONTINUE 继续查找, DECEASED 已死亡, MOVED_AWAY 已迁出. */
    public static final String SEARCH_OUTCOME = "searchOutcome";
    public static final String SEARCH_EVIDENCE = "searchEvidence";
    public static final String SEARCH_NOTE = "searchNote";

    // ---- classification and routing (DMN) ----
    public static final String CLASSIFICATION = "classification";
    public static final String CATEGORY = "category";
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String FOLLOW_UP_CYCLE = "followUpCycle";
    public static final String ROUTES = "routes";

    /**
     * The case file's fields among the variables: copies of our person, case and report rows that
     * forms show, and what a home visit records (its row in {@code home_visit}). Tasklist shows
     * them as variables; the history leaves them out, because our tables are their record
     * (docs/history.md). Flags that route the case (person seen, needs, conclusion) stay in.
     */
    public static final java.util.Set<String> CASE_FILE_FIELDS = java.util.Set.of(
            TOWNSHIP_NAME, VILLAGE_NAME, PERSON_NAME, ID_NUMBER_MASKED, PHONE, CHANNEL_LABEL, DESCRIPTION, LATEST_REPORT,
            VISIT_DATE, INVESTIGATOR_1, INVESTIGATOR_2, NOT_SEEN_REASON, HEALTH_STATUS, DISABILITY_GRADE, LABOUR_CAPACITY,
            ADL_EATING, ADL_DRESSING, ADL_BATHING, ADL_TOILETING, ADL_TRANSFERRING, ADL_WALKING, HOUSEHOLD_SIZE,
            INCOME_WAGE, INCOME_BUSINESS, INCOME_PROPERTY, INCOME_TRANSFER, MAIN_ASSETS, MEDICAL_SPENDING,
            EDUCATION_SPENDING, CAUSE_1, CAUSE_2, CAUSE_3, HARDSHIP_DEGREE, SELF_HELP_CAPACITY, FINDINGS, COUNTERMEASURES);

    private DiscoveryCaseProcess() {
    }
}
