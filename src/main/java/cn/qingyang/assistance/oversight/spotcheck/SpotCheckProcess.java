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

    private SpotCheckProcess() {
    }
}
