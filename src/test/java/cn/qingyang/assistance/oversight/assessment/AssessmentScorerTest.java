package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.TownshipFigures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.traceability.Proves;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentScorerTest {

    static final AssessmentProperties SCHEME = new AssessmentProperties(25, 15, 20, 15, 10, 10, 1, 15, 5);

    private static TownshipFigures figures(long visitsDone, long visitsOnTime, Double days, long overdue, long findings) {
        return new TownshipFigures("341723200", "乔木乡", Map.of("village_sweep", 4L), visitsDone, visitsOnTime, 1, 1, 3,
                days, overdue, 4, 4, 5, 0, 6, findings);
    }

    @Proves("N11-assessment")
    @Test
    void aTownshipWithNothingLateOrWrongScoresFullMarks() {
        assertThat(AssessmentScorer.score(figures(10, 10, 4.0, 0, 0), SCHEME).total()).isEqualTo(100.0);
        assertThat(SCHEME.maximum()).isEqualTo(100.0);
    }

    @Proves("N11-assessment")
    @Test
    void lateVisitsSlowAssistanceOverdueTasksAndFindingsCostPoints() {
        AssessmentScorer.Score score = AssessmentScorer.score(figures(10, 8, 20.0, 3, 2), SCHEME);
        assertThat(score.parts()).containsEntry("入户调查按时", 20.0).containsEntry("救助及时", 7.5)
                .containsEntry("无逾期任务", 7.0).containsEntry("抽查无问题", 5.0);
        assertThat(score.total()).isEqualTo(20.0 + 15 + 20 + 7.5 + 7 + 5);
        assertThat(score.detail()).contains("入户调查按时 20.0；");
        assertThat(AssessmentScorer.score(figures(10, 10, null, 30, 9), SCHEME).parts())
                .as("deductions stop at zero").containsEntry("无逾期任务", 0.0).containsEntry("抽查无问题", 0.0);
    }
}
