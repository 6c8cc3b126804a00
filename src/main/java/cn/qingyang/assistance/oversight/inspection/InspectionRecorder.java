package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a step of the inspection (input parameter {@value InspectionProcess#INSPECTION_STEP}):
 * the county's findings, the township's rectification starting (RECTIFYING, a start listener of
 * 落实整改: its due date, computed by the task's own input parameter
 * {@value InspectionProcess#RECTIFICATION_DUE_AT}), the township's rectification, the county's
 * verification.
 */
@Component("inspectionRecorder")
class InspectionRecorder implements JavaDelegate {

    private final InspectionService inspections;
    private final WorkingDayCalendar workingDays;

    public InspectionRecorder(InspectionService inspections, WorkingDayCalendar workingDays) {
        this.inspections = inspections;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long id = variables.id(INSPECTION_ID);
        String step = ProcessVariables.local(execution).text(INSPECTION_STEP);
        switch (step) {
            case "FINDINGS" -> inspections.recordFindings(id, variables.text(INSPECTION_FINDINGS),
                    variables.is(RECTIFICATION_REQUIRED, "YES"), ProcessVariables.currentUser(execution));
            case "RECTIFYING" -> {
                Date due = ProcessVariables.local(execution).get(RECTIFICATION_DUE_AT, Date.class);
                inspections.recordRectificationDue(id, due.toInstant().atZone(workingDays.zone()).toLocalDate());
            }
            case "RECTIFIED" -> inspections.recordRectification(id, variables.text(RECTIFICATION_REPORT));
            case "VERIFIED" -> inspections.recordVerification(id, variables.is(VERIFICATION_RESULT, "VERIFIED"),
                    variables.text(VERIFICATION_NOTE));
            default -> throw new IllegalStateException("unknown inspection step " + step);
        }
    }
}
