package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every case ends with a classified ledger entry: category, 急难 flag, causes, the measures
 * (countermeasures and the assistance routes decided) and the next follow-up date, one period of
 * the category's follow-up cycle (an ISO 8601 repetition such as {@code R/P1M}) from today.
 */
@Component("classifiedLedgerRecorder")
public class ClassifiedLedgerRecorder implements JavaDelegate {

    private final LedgerService ledger;
    private final Clock clock;

    public ClassifiedLedgerRecorder(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        String causes = Stream.of(CAUSE_1, CAUSE_2, CAUSE_3).map(variables::text)
                .filter(cause -> cause != null && !cause.isBlank()).collect(Collectors.joining(","));
        // Not eligible and, as the township found when explaining the policy, no longer in hardship:
        // the entry is kept for the record, without follow-up.
        boolean followUp = !variables.is(AssistanceProcesses.STILL_IN_HARDSHIP, "NO");
        ledger.enterClassified(variables.id(CASE_ID), variables.text(CATEGORY), variables.flag(URGENT), causes,
                measures(variables),
                followUp ? LedgerService.nextFollowUp(variables.text(FOLLOW_UP_CYCLE), LocalDate.now(clock)) : null,
                followUp ? LedgerService.ACTIVE : LedgerService.CLOSED);
    }

    private static String measures(ProcessVariables variables) {
        List<Map<String, Object>> routes = variables.resultList(ROUTES);
        String decided = routes == null || routes.isEmpty() ? "不符合现行救助条件，已告知并解释政策"
                : routes.stream().map(r -> String.valueOf(r.get("routeLabel"))).collect(Collectors.joining("；"));
        String countermeasures = variables.text(COUNTERMEASURES);
        String outcomes = Stream.of(
                        outcome(variables, AssistanceProcesses.DIBAO_OUTCOME, "低保"),
                        outcome(variables, AssistanceProcesses.TEMPORARY_OUTCOME, "临时救助"))
                .filter(Objects::nonNull).collect(Collectors.joining("；"));
        return "救助路径：" + decided + (outcomes.isEmpty() ? "" : "（" + outcomes + "）")
                + (countermeasures == null ? "" : "。对策建议：" + countermeasures);
    }

    private static String outcome(ProcessVariables variables, String variable, String label) {
        String value = variables.text(variable);
        if (value == null) {
            return null;
        }
        return label + switch (value) {
            case "APPROVED" -> "已批准";
            case "PAID" -> "已发放";
            case "REFUSED" -> "未予批准";
            default -> value;
        };
    }
}
