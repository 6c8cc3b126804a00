package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_EVIDENCE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_OUTCOME;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 走访到户不见人不放过: only a documented death or move away (with evidence) ends the search. */
@Component("searchCompletionGuard")
public class SearchCompletionGuard implements ExecutionListener {

    static final Set<String> OUTCOMES = Set.of("FOUND", "CONTINUE", "DECEASED", "MOVED_AWAY");
    static final Set<String> ENDING = Set.of("DECEASED", "MOVED_AWAY");

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task was cancelled (e.g. the case ended elsewhere), not completed
        }
        Object outcome = execution.getVariable(SEARCH_OUTCOME);
        if (outcome == null || !OUTCOMES.contains(outcome.toString())) {
            throw new IncompleteTaskException("协调查找不能提交：", List.of("请选择查找结果"));
        }
        Object evidence = execution.getVariable(SEARCH_EVIDENCE);
        if (ENDING.contains(outcome.toString()) && (evidence == null || evidence.toString().isBlank())) {
            throw new IncompleteTaskException("走访到户不见人不放过——", List.of(
                    "认定已死亡或已迁出须填写佐证材料（死亡证明、户籍迁移证明等的名称和编号）"));
        }
    }
}
