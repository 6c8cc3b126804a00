package cn.qingyang.assistance.oversight.inspection;

import cn.qingyang.assistance.oversight.FiguresTable;
import cn.qingyang.assistance.oversight.OversightPlan;
import cn.qingyang.assistance.workflow.ProcessVariables;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总本季度工作数据: the township's figures for the quarter, kept and shown on the county's task. */
@Component("inspectionCompiler")
public class InspectionCompiler implements JavaDelegate {

    private final InspectionService inspections;
    private final OversightPlan plan;

    public InspectionCompiler(InspectionService inspections, OversightPlan plan) {
        this.inspections = inspections;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        String township = variables.text(TOWNSHIP_CODE);
        var inspection = inspections.compile(variables.text(INSPECTION_QUARTER), township);
        execution.setVariable(INSPECTION_ID, inspection.id());
        execution.setVariable(TOWNSHIP_NAME, plan.name(township));
        execution.setVariable(INSPECTION_SUMMARY, FiguresTable.markdown(inspections.figuresOf(inspection)));
    }
}
