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
    /** The household (一户一档) the case belongs to: assistance is decided per household. */
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String TOWNSHIP_CODE = TownshipTenants.TOWNSHIP_CODE;
    /**
     * What the forms show and nothing routes on (names, masked ID number, 户籍, phone, channel,
     * description): one Json variable, {@code intake.CaseSummary}, read by forms as
     * {@code caseSummary.personName}. The names below up to DESCRIPTION are its keys; instances
     * started before issue 15 hold them as plain variables (their forms are their deployment's).
     */
    public static final String CASE_SUMMARY = "caseSummary";
    /** 姓名（村）: the one display value the task list shows (a filter cannot show a Json field). */
    public static final String CASE_TITLE = "caseTitle";
    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String VILLAGE_NAME = "villageName";
    public static final String PERSON_NAME = "personName";
    /** Masked, e.g. 341723********123X: full numbers stay in our tables. */
    public static final String ID_NUMBER_MASKED = "idNumberMasked";
    /** 户籍: 本地户籍 or 非本地户籍 (the case's household_registration), for the forms. */
    public static final String HOUSEHOLD_REGISTRATION_LABEL = "householdRegistrationLabel";
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
    /**
     * The household's members as the visit form lists them (Json: one row per member, keys in
     * {@code household.HouseholdMemberRows}), written from the household file when the visit
     * task is created; a visit of a case started before the household file has none and records
     * the household's totals (size, incomes, spending) instead.
     */
    public static final String HOUSEHOLD_MEMBERS = "householdMembers";
    /**
     * The household itself as the visit form shows it (家庭基本情况: address, 户籍 type, housing,
     * assets, poverty status, focus groups, 包保责任人, supporters; Json, keys in
     * {@code household.HouseholdFacts}), written from the file with the member rows.
     */
    public static final String HOUSEHOLD_FACTS = "householdFacts";
    /** Members of the household: set by the visit recorder (from the members), or typed on the old visit form. */
    public static final String HOUSEHOLD_SIZE = "householdSize";
    /** Monthly household income by type (元), on the old visit form. */
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
    /** Who completed the visit (the task's duty recordCompletedBy): the household's version and the visit record name them. */
    public static final String VISITED_BY = "visitedBy";
    /** Set by the visit recorder. */
    public static final String VISIT_COUNT = "visitCount";
    public static final String FAILED_VISITS = "failedVisits";
    public static final String PER_CAPITA_INCOME = "perCapitaIncome";
    /** Rigid (medical and education) spending over the household's income, 1 without income: read by AssistanceRoutes. */
    public static final String RIGID_SPENDING_SHARE = "rigidSpendingShare";
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
     * What the route recorder reads off the AssistanceRoutes result for the gateways: one flag per
     * route the diagram knows (a gateway reads a flag, never a substring of the route codes).
     */
    public static final String ROUTE_DIBAO = "routeDibao";
    public static final String ROUTE_TEMPORARY = "routeTemporary";
    public static final String ROUTE_CARE = "routeCare";
    public static final String ROUTE_REFERRAL = "routeReferral";
    public static final String ROUTE_MONITORING = "routeMonitoring";
    /** A route that needs the person's application first (低保, 临时救助, 特困供养). */
    public static final String NEEDS_APPLICATION = "needsApplication";
    /** 集中供养 among the routes: passed to ExtremePovertyCare. */
    public static final String CENTRAL_CARE = "centralCare";
    /**
     * Route codes the decision gave that the diagram does not know (comma-separated, empty when
     * none): such a case takes the default path to 告知并解释政策 and the codes stay visible.
     */
    public static final String UNKNOWN_ROUTE_CODES = "unknownRouteCodes";
    /** The routes' names as the decision gives them (路径名称, joined by 、), shown on 告知并解释政策. */
    public static final String ROUTE_LABELS = "routeLabels";

    // ---- 先行救助 deadline: computed once on the subprocess, read by the task's due date and the timer ----
    public static final String EMERGENCY_AID_DUE_AT = "emergencyAidDueAt";

    /**
     * The case file's fields among the variables: copies of our person, case and report rows that
     * forms show, and what a home visit records (its row in {@code home_visit}). Tasklist shows
     * them as variables; the history leaves them out, because our tables are their record
     * (docs/history.md). Flags that route the case (person seen, needs, conclusion) stay in.
     */
    public static final java.util.Set<String> CASE_FILE_FIELDS = java.util.Set.of(
            CASE_SUMMARY, CASE_TITLE, TOWNSHIP_NAME, VILLAGE_NAME, PERSON_NAME, ID_NUMBER_MASKED, HOUSEHOLD_REGISTRATION_LABEL, PHONE, CHANNEL_LABEL, DESCRIPTION, LATEST_REPORT,
            VISIT_DATE, INVESTIGATOR_1, INVESTIGATOR_2, NOT_SEEN_REASON, HEALTH_STATUS, DISABILITY_GRADE, LABOUR_CAPACITY,
            ADL_EATING, ADL_DRESSING, ADL_BATHING, ADL_TOILETING, ADL_TRANSFERRING, ADL_WALKING, HOUSEHOLD_SIZE,
            INCOME_WAGE, INCOME_BUSINESS, INCOME_PROPERTY, INCOME_TRANSFER, MAIN_ASSETS, MEDICAL_SPENDING,
            EDUCATION_SPENDING, CAUSE_1, CAUSE_2, CAUSE_3, HARDSHIP_DEGREE, SELF_HELP_CAPACITY, FINDINGS, COUNTERMEASURES,
            HOUSEHOLD_MEMBERS, HOUSEHOLD_FACTS);


    /** Element IDs of discovery-case.bpmn (process DiscoveryCase), for tests and delegates; checked against the diagram. */
    public static final class DiscoveryCase {

        /** 案件已登记 */
        public static final String START_EVENT_CASE_REGISTERED = "StartEvent_CaseRegistered";
        /** 需要办理哪些事项? */
        public static final String GATEWAY_FORK = "Gateway_Fork";
        /** 县局入户核查 */
        public static final String TASK_COUNTY_HOME_VISIT = "Task_CountyHomeVisit";
        /** 记录县局核查结果 */
        public static final String TASK_RECORD_COUNTY_VISIT = "Task_RecordCountyVisit";
        /** 确定救助内容 */
        public static final String GATEWAY_AID_MERGE = "Gateway_AidMerge";
        /** 办理先行救助 */
        public static final String SUB_PROCESS_EMERGENCY_AID = "SubProcess_EmergencyAid";
        /** 先行救助已启动 */
        public static final String START_EVENT_EMERGENCY_AID_STARTED = "StartEvent_EmergencyAidStarted";
        /** 先行救助 */
        public static final String TASK_GRANT_EMERGENCY_AID = "Task_GrantEmergencyAid";
        /** 超过先行救助时限 */
        public static final String BOUNDARY_EVENT_EMERGENCY_AID_OVERDUE = "BoundaryEvent_EmergencyAidOverdue";
        /** 督办先行救助 */
        public static final String TASK_EXPEDITE_EMERGENCY_AID = "Task_ExpediteEmergencyAid";
        /** 督办已完成 */
        public static final String END_EVENT_EXPEDITE_DONE = "EndEvent_ExpediteDone";
        /** 先行救助已发放 (terminate: ends an open 督办) */
        public static final String END_EVENT_EMERGENCY_AID_GRANTED = "EndEvent_EmergencyAidGranted";
        /** 是否超出乡镇审批限额? */
        public static final String GATEWAY_AID_ABOVE_CAP = "Gateway_AidAboveCap";
        /** 县局审批先行救助 */
        public static final String TASK_APPROVE_EMERGENCY_AID_BY_COUNTY = "Task_ApproveEmergencyAidByCounty";
        /** 县局是否同意? */
        public static final String GATEWAY_COUNTY_AID_DECISION = "Gateway_CountyAidDecision";
        /** 救助已批准 */
        public static final String GATEWAY_AID_APPROVED = "Gateway_AidApproved";
        /** 登记先行救助并录入急难台账 */
        public static final String TASK_RECORD_EMERGENCY_AID = "Task_RecordEmergencyAid";
        /** 安排入户 */
        public static final String GATEWAY_VISIT_MERGE = "Gateway_VisitMerge";
        /** 入户调查评估 */
        public static final String TASK_VISIT_HOUSEHOLD = "Task_VisitHousehold";
        /** 记录走访结果 */
        public static final String TASK_RECORD_VISIT = "Task_RecordVisit";
        /** 是否见到本人? */
        public static final String GATEWAY_PERSON_SEEN = "Gateway_PersonSeen";
        /** 情况是否已查清? */
        public static final String GATEWAY_INVESTIGATION_COMPLETE = "Gateway_InvestigationComplete";
        /** 未见本人是否已满 3 次? */
        public static final String GATEWAY_FAILED_VISITS = "Gateway_FailedVisits";
        /** 协调查找 */
        public static final String TASK_COORDINATE_SEARCH = "Task_CoordinateSearch";
        /** 查找结果? */
        public static final String GATEWAY_SEARCH_OUTCOME = "Gateway_SearchOutcome";
        /** 记录查找终结 */
        public static final String TASK_RECORD_SEARCH_ENDED = "Task_RecordSearchEnded";
        /** 关闭案件 */
        public static final String TASK_CLOSE_UNFOUND_CASE = "Task_CloseUnfoundCase";
        /** 查找终结，案件关闭 */
        public static final String END_EVENT_SEARCH_ENDED = "EndEvent_SearchEnded";
        /** 调查与救助均已完成 */
        public static final String GATEWAY_JOIN = "Gateway_Join";
        /** 是否已先行救助? */
        public static final String GATEWAY_POST_APPROVAL_NEEDED = "Gateway_PostApprovalNeeded";
        /** 提交审批 */
        public static final String GATEWAY_POST_APPROVAL_MERGE = "Gateway_PostApprovalMerge";
        /** 后置审批 */
        public static final String TASK_APPROVE_AFTERWARDS = "Task_ApproveAfterwards";
        /** 后置审批是否通过? */
        public static final String GATEWAY_POST_APPROVAL = "Gateway_PostApproval";
        /** 补正先行救助手续 */
        public static final String TASK_CORRECT_EMERGENCY_AID = "Task_CorrectEmergencyAid";
        /** 记录后置审批 */
        public static final String TASK_RECORD_POST_APPROVAL = "Task_RecordPostApproval";
        /** 审批手续已完备 */
        public static final String GATEWAY_POST_APPROVAL_DONE = "Gateway_PostApprovalDone";
        /** 认定困难类别 */
        public static final String TASK_CLASSIFY_HARDSHIP = "Task_ClassifyHardship";
        /** 记录困难类别 */
        public static final String TASK_RECORD_CLASSIFICATION = "Task_RecordClassification";
        /** 确定救助路径 */
        public static final String TASK_ROUTE_ASSISTANCE = "Task_RouteAssistance";
        /** 整理救助路径 */
        public static final String TASK_RECORD_ROUTES = "Task_RecordRoutes";
        /** 是否需提出救助申请? */
        public static final String GATEWAY_NEEDS_APPLICATION = "Gateway_NeedsApplication";
        /** 本人能否自行申请? */
        public static final String GATEWAY_CAN_APPLY = "Gateway_CanApply";
        /** 引导申请 */
        public static final String TASK_GUIDE_APPLICATION = "Task_GuideApplication";
        /** 协助申请 */
        public static final String TASK_ASSIST_APPLICATION = "Task_AssistApplication";
        /** 申请已提出 */
        public static final String GATEWAY_APPLICATION_FILED = "Gateway_ApplicationFiled";
        /** 分类救助 */
        public static final String GATEWAY_ROUTES = "Gateway_Routes";
        /** 低保审核确认 */
        public static final String CALL_ACTIVITY_DIBAO = "CallActivity_Dibao";
        /** 临时救助 */
        public static final String CALL_ACTIVITY_TEMPORARY_ASSISTANCE = "CallActivity_TemporaryAssistance";
        /** 特困人员照料 */
        public static final String CALL_ACTIVITY_EXTREME_POVERTY_CARE = "CallActivity_ExtremePovertyCare";
        /** 部门转介 */
        public static final String CALL_ACTIVITY_REFERRAL = "CallActivity_Referral";
        /** 纳入低收入人口动态监测 */
        public static final String TASK_ENROL_MONITORING = "Task_EnrolMonitoring";
        /** 告知并解释政策 */
        public static final String TASK_EXPLAIN_POLICY = "Task_ExplainPolicy";
        /** 救助已落实 */
        public static final String GATEWAY_ROUTES_DONE = "Gateway_RoutesDone";
        /** 登记分类台账 */
        public static final String TASK_ENTER_LEDGER = "Task_EnterLedger";
        /** 安排定期回访 */
        public static final String TASK_START_FOLLOW_UP = "Task_StartFollowUp";
        /** 办结案件 */
        public static final String TASK_CLOSE_CASE = "Task_CloseCase";
        /** 案件已办结 */
        public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";

        private DiscoveryCase() {
        }
    }

    private DiscoveryCaseProcess() {
    }
}
