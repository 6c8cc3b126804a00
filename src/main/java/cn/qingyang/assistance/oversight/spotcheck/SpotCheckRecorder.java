package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step of one spot check (input parameter {@value SpotCheckProcess#STEP}): PREPARE puts what
 * the county needs on its task, CHECKED records the county's outcome, CORRECTED the township's
 * correction.
 */
@Component("spotCheckRecorder")
public class SpotCheckRecorder implements JavaDelegate {

    private final SpotCheckService spotChecks;
    private final Clock clock;

    public SpotCheckRecorder(SpotCheckService spotChecks, Clock clock) {
        this.spotChecks = spotChecks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long itemId = variables.id(ITEM_ID);
        String user = ProcessVariables.currentUser(execution);
        String step = ProcessVariables.local(execution).text(STEP);
        switch (step) {
            case "PREPARE" -> {
                var item = spotChecks.item(itemId);
                execution.setVariable(CASE_NUMBER, item.caseNumber());
                execution.setVariable(PERSON_NAME, item.personName());
                execution.setVariable(ID_NUMBER_MASKED, item.idNumberMasked());
                execution.setVariable(TOWNSHIP_NAME, item.township());
                execution.setVariable(VILLAGE_NAME, item.village() == null ? "" : item.village());
                execution.setVariable(RECIPIENT_KIND_LABEL, SpotCheckService.KIND_LABELS.get(item.recipientKind()));
                execution.setVariable(SAMPLE_REASON_LABEL, "RELATED_TO_STAFF".equals(item.sampleReason())
                        ? "与经办人员或村干部有近亲属关系，一律抽查" : "随机抽取");
                execution.setVariable(APPROVED_ON, item.approvedAt().atZoneSameInstant(clock.getZone()).toLocalDate().toString());
            }
            case "CHECKED" -> spotChecks.recordCheck(itemId, variables.text(OUTCOME), variables.text(FINDINGS), user);
            case "CORRECTED" -> spotChecks.recordCorrection(itemId, variables.text(CORRECTION), user);
            default -> throw new IllegalStateException("unknown spot-check step " + step);
        }
    }
}
