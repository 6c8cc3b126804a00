package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.OversightPlan;
import cn.qingyang.assistance.oversight.TownshipFigures;

import cn.qingyang.assistance.common.XlsxDownload;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 年度考核: each township's year scored, ranked, reviewed by the county and reported as xlsx. */
@Service
public class AssessmentService {

    public record Result(int year, String townshipCode, String township, TownshipFigures figures, double score,
                         String scoreDetail, int rank, String status) {
    }

    private final AssessmentRepository assessments;
    private final OversightFigures figures;
    private final OversightPlan plan;
    private final AssessmentProperties scheme;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, OversightFigures figures, OversightPlan plan,
                      AssessmentProperties scheme, Clock clock) {
        this.assessments = assessments;
        this.figures = figures;
        this.plan = plan;
        this.scheme = scheme;
        this.clock = clock;
    }

    /** Scores every active township for the year and ranks them (equal scores share a rank); a recalculation replaces the draft. */
    @Transactional
    public List<Result> calculate(int year) {
        List<TownshipFigures> all = figures.townships(plan.townships(), OversightPeriod.year(year, clock.getZone()));
        List<Result> scored = new ArrayList<>();
        for (TownshipFigures f : all) {
            AssessmentScorer.Score s = AssessmentScorer.score(f, scheme);
            scored.add(new Result(year, f.townshipCode(), f.township(), f, s.total(), s.detail(), 0, "DRAFT"));
        }
        scored.sort(Comparator.comparingDouble(Result::score).reversed().thenComparing(Result::townshipCode));
        List<Result> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Result r = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Result(year, r.townshipCode(), r.township(), r.figures(), r.score(), r.scoreDetail(), rank, "DRAFT"));
        }
        assessments.replaceDraft(year, ranked);
        return ranked;
    }

    public void publish(int year, String note, String by) {
        assessments.publish(year, note, by);
    }

    public List<Result> results(int year) {
        return assessments.results(year);
    }

    /** The ranking as the review form shows it: one narrow column per part of the scheme. */
    public String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder("| 排名 | 乡镇 | 得分 |");
        List<String> parts = results.isEmpty() ? List.of()
                : List.copyOf(AssessmentScorer.score(results.get(0).figures(), scheme).parts().keySet());
        parts.forEach(part -> md.append(' ').append(part).append(" |"));
        md.append("\n|---|---|---|").append("---|".repeat(parts.size())).append('\n');
        for (Result r : results) {
            md.append("| ").append(r.rank()).append(" | ").append(r.township()).append(" | ").append(r.score()).append(" |");
            AssessmentScorer.score(r.figures(), scheme).parts().values().forEach(v -> md.append(' ').append(v).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    public static String reportPath(int year) {
        return "/api/oversight/assessments/" + year + "/report.xlsx";
    }

    public byte[] report(int year) {
        List<List<String>> rows = new ArrayList<>();
        for (Result r : results(year)) {
            TownshipFigures f = r.figures();
            rows.add(List.of(String.valueOf(r.rank()), r.township(), String.valueOf(r.score()),
                    String.valueOf(f.reportsTotal()), f.visitsOnTime() + "/" + f.visitsDone(),
                    f.followUpsOnTime() + "/" + f.followUpsDone(),
                    (f.villageSweeps() - f.villageSweepsOverdue()) + "/" + f.villageSweeps(),
                    f.averageDaysToAssistance() == null ? "" : String.valueOf(f.averageDaysToAssistance()),
                    String.valueOf(f.overdueTasks()), f.spotCheckFindings() + "/" + f.spotChecked(),
                    String.valueOf(f.unseenVisits()), String.valueOf(f.incompleteVisits()), r.scoreDetail(),
                    "PUBLISHED".equals(r.status()) ? "已发布" : "待审核"));
        }
        return XlsxDownload.sheet(year + "年度考核", List.of("排名", "乡镇", "总分（满分 " + scheme.maximum() + "）",
                "收到报告", "入户调查按时/完成", "定期回访按时/完成", "摸排按时/应摸排", "平均救助天数", "逾期任务",
                "抽查问题/抽查数", "走访不见人", "退回补充调查", "得分明细", "状态"), rows);
    }
}
