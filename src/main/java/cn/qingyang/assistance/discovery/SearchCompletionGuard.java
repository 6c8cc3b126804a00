package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_EVIDENCE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_OUTCOME;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 走访到户不见人不放过: only a documented death or move away (with evidence) ends the search. */
@Component("searchCompletionGuard")
class SearchCompletionGuard extends CompletionGuard {

    static final Choices OUTCOMES = Choices.of("FOUND", "已找到本人（安排再次入户）", "CONTINUE", "继续查找", "DECEASED", "已死亡",
            "MOVED_AWAY", "已迁出本县");

    static final CompletionRules RULES = CompletionRules.forTask("协调查找不能提交：")
            .choice(SEARCH_OUTCOME, "查找结果", OUTCOMES)
            .then("走访到户不见人不放过——")
            .when(SEARCH_OUTCOME, Set.of("DECEASED", "MOVED_AWAY"), ending -> ending.textOr(SEARCH_EVIDENCE,
                    "认定已死亡或已迁出须填写佐证材料（死亡证明、户籍迁移证明等的名称和编号）"));

    public SearchCompletionGuard() {
        super(RULES);
    }
}
