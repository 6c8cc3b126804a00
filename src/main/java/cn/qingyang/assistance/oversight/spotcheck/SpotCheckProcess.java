package cn.qingyang.assistance.oversight.spotcheck;

import cn.qingyang.assistance.workflow.ModelConstants;
import cn.qingyang.assistance.organisation.TownshipTenants;

/** Names shared by RandomSpotCheck and SpotCheckVerification (随机抽查), their forms and delegates. */
@ModelConstants
public final class SpotCheckProcess {

    public static final String PROCESS_KEY = "RandomSpotCheck";
    public static final String VERIFICATION_PROCESS_KEY = "SpotCheckVerification";

    /** The month whose approvals are drawn from, yyyy-MM (the one before the timer fires, unless given). */
    public static final String DRAW_MONTH = "drawMonth";
    /** Input parameters of the draw (set in the diagram): sampling rates for 特困 and for other recipients. */
    public static final String SPECIAL_RATE = "specialRate";
    public static final String OTHER_RATE = "otherRate";
    /** Row of {@code spot_check_draw}. */
    public static final String DRAW_ID = "spotCheckDrawId";
    /** True when the month had already been drawn: nothing is drawn twice. */
    public static final String ALREADY_DRAWN = "spotCheckAlreadyDrawn";
    public static final String DRAW_SEED = "spotCheckSeed";
    public static final String SAMPLE_SIZE = "spotCheckSampleSize";

    /** Row of {@code spot_check_item}: one sampled recipient. */
    public static final String ITEM_ID = "spotCheckItemId";
    public static final String TOWNSHIP_CODE = TownshipTenants.TOWNSHIP_CODE;
    /** Input parameter of the recorder: PREPARE, CHECKED or CORRECTED. */
    public static final String STEP = "spotCheckStep";

    // ---- shown on 抽查核实 ----
    public static final String CASE_NUMBER = "caseNumber";
    public static final String PERSON_NAME = "personName";
    public static final String ID_NUMBER_MASKED = "idNumberMasked";
    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String VILLAGE_NAME = "villageName";
    public static final String RECIPIENT_KIND_LABEL = "recipientKindLabel";
    public static final String SAMPLE_REASON_LABEL = "sampleReasonLabel";
    public static final String APPROVED_ON = "approvedOn";

    // ---- 抽查核实 (county) ----
    /** NORMAL 正常, MISSED 漏保, WRONG 错保, FAVOUR 人情保, CONNECTION 关系保. */
    public static final String OUTCOME = "spotCheckOutcome";
    public static final String FINDINGS = "spotCheckFindings";

    // ---- 整改抽查问题 (township) ----
    public static final String CORRECTION = "spotCheckCorrection";


    /** Element IDs of random-spot-check.bpmn (process RandomSpotCheck), for tests and delegates; checked against the diagram. */
    public static final class RandomSpotCheck {

        /** 每月 3 日 9 时 */
        public static final String START_EVENT_SPOT_CHECK_MONTH = "StartEvent_SpotCheckMonth";
        /** 随机抽取抽查对象 */
        public static final String TASK_DRAW_SAMPLE = "Task_DrawSample";
        /** 本月是否已抽取? */
        public static final String GATEWAY_ALREADY_DRAWN = "Gateway_AlreadyDrawn";
        /** 本月已抽取 */
        public static final String END_EVENT_ALREADY_DRAWN = "EndEvent_AlreadyDrawn";
        /** 逐一抽查核实 */
        public static final String CALL_ACTIVITY_VERIFY_SAMPLE = "CallActivity_VerifySample";
        /** 本月抽查结束 */
        public static final String END_EVENT_SPOT_CHECK_DONE = "EndEvent_SpotCheckDone";

        private RandomSpotCheck() {
        }
    }

    /** Element IDs of spot-check-verification.bpmn (process SpotCheckVerification), for tests and delegates; checked against the diagram. */
    public static final class SpotCheckVerification {

        /** 抽查对象已抽取 */
        public static final String START_EVENT_SAMPLE_DRAWN = "StartEvent_SampleDrawn";
        /** 调阅抽查对象 */
        public static final String TASK_PREPARE_SPOT_CHECK = "Task_PrepareSpotCheck";
        /** 抽查核实 */
        public static final String TASK_VERIFY_RECIPIENT = "Task_VerifyRecipient";
        /** 记录抽查结果 */
        public static final String TASK_RECORD_SPOT_CHECK = "Task_RecordSpotCheck";
        /** 是否发现问题? */
        public static final String GATEWAY_SPOT_CHECK_OUTCOME = "Gateway_SpotCheckOutcome";
        /** 核实无误 */
        public static final String END_EVENT_RECIPIENT_CONFIRMED = "EndEvent_RecipientConfirmed";
        /** 整改抽查问题 */
        public static final String TASK_CORRECT_FINDING = "Task_CorrectFinding";
        /** 记录整改 */
        public static final String TASK_RECORD_CORRECTION = "Task_RecordCorrection";
        /** 问题已整改 */
        public static final String END_EVENT_FINDING_CORRECTED = "EndEvent_FindingCorrected";

        private SpotCheckVerification() {
        }
    }

    private SpotCheckProcess() {
    }
}
