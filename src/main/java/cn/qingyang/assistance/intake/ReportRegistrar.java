package cn.qingyang.assistance.intake;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The Tasklist start form "上报遇困人员" registers through the same service as
 * {@code POST /api/reports}. A refused report aborts the start, so Tasklist shows the Chinese
 * reason in the form and nothing is stored; the full ID number is dropped from the variables.
 */
@Component("reportRegistrar")
public class ReportRegistrar implements JavaDelegate {

    private final RegistrationService registration;

    public ReportRegistrar(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var identity = execution.getProcessEngineServices().getIdentityService();
        if (ProcessVariables.currentUser(execution) == null) {
            throw new ProcessEngineException("上报未受理：请登录后在任务办理（Tasklist）中提交。");
        }
        ProcessVariables form = ProcessVariables.of(execution);
        ReportRequest request = new ReportRequest(
                form.text(CHANNEL), form.text(TOWNSHIP_CODE), form.text(VILLAGE_CODE), form.text(ReportIntakeProcess.REPORTER),
                new ReportRequest.PersonData(form.text(PERSON_NAME), form.text(ReportIntakeProcess.ID_NUMBER), form.text(PHONE)),
                form.text(DESCRIPTION), form.flag(URGENT), form.flag(RELATED_TO_STAFF), null);
        execution.removeVariable(ReportIntakeProcess.ID_NUMBER);
        try {
            RegistrationResult result = registration.register(request, CallerScope.current(identity));
            execution.setVariable(CASE_NUMBER, result.caseNumber());
            execution.setVariable(ReportIntakeProcess.REGISTRATION_RESULT, result.result().name());
        } catch (ReportRejectedException e) {
            // a form validation failure for the engine: the REST API answers 400 with the reason
            throw new FormFieldValidationException(e.field(), "上报未受理：" + e.getMessage(), e);
        } catch (ReportForbiddenException e) {
            throw new FormFieldValidationException(TOWNSHIP_CODE, "上报未受理：" + e.getMessage(), e);
        }
    }
}
