package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes a step of the case into its history ({@code case_event}). The diagram says what:
 * input parameters {@value #KIND} (e.g. COUNTY_VISIT) and {@value #DETAIL} (an expression over
 * the form's values), so an administrator can change the wording in Modeler.
 */
@Component("caseEventRecorder")
public class CaseEventRecorder implements JavaDelegate {

    public static final String KIND = "eventKind";
    public static final String DETAIL = "eventDetail";

    private final CaseFileRepository caseFile;

    public CaseEventRecorder(CaseFileRepository caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables event = ProcessVariables.local(execution);
        caseFile.recordEvent(ProcessVariables.of(execution).id(CASE_ID), event.text(KIND), event.text(DETAIL),
                ProcessVariables.currentUser(execution));
    }
}
