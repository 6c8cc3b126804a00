package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case in our tables; a later report of the person opens a new one. */
@Component("caseCloser")
public class CaseCloser implements JavaDelegate {

    private final CaseFileRepository caseFile;

    public CaseCloser(CaseFileRepository caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseFile.close(ProcessVariables.of(execution).id(CASE_ID));
    }
}
