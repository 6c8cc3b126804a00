package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.workflow.ModelConstants;

/**
 * Names of the ReportIntake diagram: the Tasklist start form 上报遇困人员, which registers a report
 * and starts (or joins) a DiscoveryCase. The other fields of the start form are the case's start
 * variables ({@code DiscoveryCaseProcess}).
 */
@ModelConstants
public final class ReportIntakeProcess {

    public static final String PROCESS_KEY = "ReportIntake";
    /** Full ID number typed into the start form; registration replaces it by the masked one. */
    public static final String ID_NUMBER = "idNumber";
    public static final String REPORTER = "reporter";
    /** OPENED or ATTACHED, shown in the intake's history. */
    public static final String REGISTRATION_RESULT = "registrationResult";


    /** Element IDs of report-intake.bpmn (process ReportIntake), for tests and delegates; checked against the diagram. */
    public static final class ReportIntake {

        /** 上报已提交 */
        public static final String START_EVENT_REPORT_SUBMITTED = "StartEvent_ReportSubmitted";
        /** 登记上报 */
        public static final String TASK_REGISTER_REPORT = "Task_RegisterReport";
        /** 上报已登记 */
        public static final String END_EVENT_REPORT_REGISTERED = "EndEvent_ReportRegistered";

        private ReportIntake() {
        }
    }

    private ReportIntakeProcess() {
    }
}
