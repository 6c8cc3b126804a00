package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a step of the inspection (input parameter {@value InspectionProcess#INSPECTION_STEP}):
 * the county's findings, the township's rectification, the county's verification. When the
 * township has (again) to rectify, sets the due date the diagram gives in working days, counted
 * from the engine's clock like the diagrams' {@code now()}.
 */
@Component("inspectionRecorder")
public class InspectionRecorder implements JavaDelegate {

    private final InspectionService inspections;
    private final WorkingDayCalendar workingDays;

    public InspectionRecorder(InspectionService inspections, WorkingDayCalendar workingDays) {
        this.inspections = inspections;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(INSPECTION_ID);
        switch ((String) execution.getVariableLocal(INSPECTION_STEP)) {
            case "FINDINGS" -> {
                boolean rectify = "YES".equals(execution.getVariable(RECTIFICATION_REQUIRED));
                Date due = rectify ? due(execution) : null;
                inspections.recordFindings(id, (String) execution.getVariable(INSPECTION_FINDINGS), rectify,
                        due == null ? null : due.toInstant().atZone(workingDays.zone()).toLocalDate(), currentUser(execution));
            }
            case "RECTIFIED" -> inspections.recordRectification(id, (String) execution.getVariable(RECTIFICATION_REPORT));
            case "VERIFIED" -> {
                boolean verified = "VERIFIED".equals(execution.getVariable(VERIFICATION_RESULT));
                Date due = verified ? null : due(execution);
                inspections.recordVerification(id, verified, (String) execution.getVariable(VERIFICATION_NOTE),
                        due == null ? null : due.toInstant().atZone(workingDays.zone()).toLocalDate());
            }
            default -> throw new IllegalStateException("unknown inspection step " + execution.getVariableLocal(INSPECTION_STEP));
        }
    }

    private Date due(DelegateExecution execution) {
        int days = ((Number) execution.getVariableLocal(RECTIFICATION_WORKING_DAYS)).intValue();
        Date due = workingDays.dueAfter(ClockUtil.getCurrentTime(), days);
        execution.setVariable(RECTIFICATION_DUE_AT, due);
        return due;
    }

    private static String currentUser(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
