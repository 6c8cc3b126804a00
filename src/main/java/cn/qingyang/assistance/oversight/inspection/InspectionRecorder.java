package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
        ProcessVariables variables = ProcessVariables.of(execution);
        long id = variables.id(INSPECTION_ID);
        String step = ProcessVariables.local(execution).text(INSPECTION_STEP);
        switch (step) {
            case "FINDINGS" -> {
                boolean rectify = variables.is(RECTIFICATION_REQUIRED, "YES");
                Date due = rectify ? due(execution) : null;
                inspections.recordFindings(id, variables.text(INSPECTION_FINDINGS), rectify,
                        due == null ? null : due.toInstant().atZone(workingDays.zone()).toLocalDate(),
                        ProcessVariables.currentUser(execution));
            }
            case "RECTIFIED" -> inspections.recordRectification(id, variables.text(RECTIFICATION_REPORT));
            case "VERIFIED" -> {
                boolean verified = variables.is(VERIFICATION_RESULT, "VERIFIED");
                Date due = verified ? null : due(execution);
                inspections.recordVerification(id, verified, variables.text(VERIFICATION_NOTE),
                        due == null ? null : due.toInstant().atZone(workingDays.zone()).toLocalDate());
            }
            default -> throw new IllegalStateException("unknown inspection step " + step);
        }
    }

    private Date due(DelegateExecution execution) {
        int days = ProcessVariables.local(execution).integer(RECTIFICATION_WORKING_DAYS);
        Date due = workingDays.dueAfter(ClockUtil.getCurrentTime(), days);
        execution.setVariable(RECTIFICATION_DUE_AT, due);
        return due;
    }
}
