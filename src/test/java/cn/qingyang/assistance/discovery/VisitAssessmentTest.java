package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.traceability.Proves;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two investigators of a home visit are two people (issue 12 §2). */
class VisitAssessmentTest {

    @Proves("T-survey-2-staff")
    @Test
    void theSameInvestigatorTwiceIsRefusedWhateverTheSpaces() {
        for (String second : new String[] {"王建华", " 王建华 ", "王　建华", "王 建 华"}) {
            Map<String, Object> visit = CaseFixtures.with(CaseFixtures.completeVisit(), DiscoveryCaseProcess.INVESTIGATOR_2, second);
            assertThatThrownBy(() -> VisitAssessment.from(visit::get, LocalDate.now())).as(second)
                    .isInstanceOf(IncompleteTaskException.class).hasMessageContaining("入户调查须由至少 2 名不同的工作人员进行");
        }
    }

    @Proves("T-survey-2-staff")
    @Test
    void twoDifferentInvestigatorsPass() {
        assertThat(VisitAssessment.from(CaseFixtures.completeVisit()::get, LocalDate.now()).investigator2()).isEqualTo("李秀兰");
    }
}
