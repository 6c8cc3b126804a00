package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_EVIDENCE;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.SEARCH_OUTCOME;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 协调查找's completion rules (走访到户不见人不放过), with plain values. */
class SearchCompletionGuardTest {

    @Test
    void noOutcomeIsRefused() {
        assertThat(refusal(SearchCompletionGuard.RULES, values(SEARCH_EVIDENCE, "死亡证明"))).isEqualTo("协调查找不能提交：请选择查找结果。");
        assertThat(refusal(SearchCompletionGuard.RULES, values(SEARCH_OUTCOME, "GONE"))).isEqualTo("协调查找不能提交：请选择查找结果。");
    }

    @Test
    void deathOrMoveAwayEndsTheSearchOnlyWithEvidence() {
        for (String ending : new String[] {"DECEASED", "MOVED_AWAY"}) {
            assertThat(refusal(SearchCompletionGuard.RULES, values(SEARCH_OUTCOME, ending, SEARCH_EVIDENCE, "")))
                    .as(ending).isEqualTo("走访到户不见人不放过——认定已死亡或已迁出须填写佐证材料（死亡证明、户籍迁移证明等的名称和编号）。");
            SearchCompletionGuard.RULES.check(values(SEARCH_OUTCOME, ending, SEARCH_EVIDENCE, "户籍迁移证明 No.2026-118"));
        }
    }

    @Test
    void foundOrSearchingOnNeedsNoEvidence() {
        SearchCompletionGuard.RULES.check(values(SEARCH_OUTCOME, "FOUND"));
        SearchCompletionGuard.RULES.check(values(SEARCH_OUTCOME, "CONTINUE"));
    }
}
