package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.FiguresJson;
import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.OversightPlan;
import cn.qingyang.assistance.oversight.TownshipFigures;

import cn.qingyang.assistance.common.XlsxDownload;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 年度考核: each township's year scored, ranked, reviewed by the county and reported as xlsx. */
@Service
public class AssessmentService {

    public record Result(int year, String townshipCode, String township, TownshipFigures figures, double score,
                         String scoreDetail, int rank, String status) {
    }

    private final JdbcClient jdbc;
    private final OversightFigures figures;
    private final OversightPlan plan;
    private final AssessmentProperties scheme;
    private final FiguresJson json;
    private final Clock clock;

    public AssessmentService(JdbcClient jdbc, OversightFigures figures, OversightPlan plan,
                             AssessmentProperties scheme, FiguresJson json, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.plan = plan;
        this.scheme = scheme;
        this.json = json;
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
        jdbc.sql("DELETE FROM annual_assessment WHERE assessment_year = :year").param("year", year).update();
        for (Result r : ranked) {
            jdbc.sql("INSERT INTO annual_assessment (assessment_year, township_code, figures, score, score_detail, "
                            + "township_rank, status) VALUES (:year, :township, :figures, :score, :detail, :rank, 'DRAFT')")
                    .param("year", year).param("township", r.townshipCode()).param("figures", json.write(r.figures()))
                    .param("score", BigDecimal.valueOf(r.score())).param("detail", r.scoreDetail()).param("rank", r.rank())
                    .update();
        }
        return ranked;
    }

    public void publish(int year, String note, String by) {
        jdbc.sql("UPDATE annual_assessment SET status = 'PUBLISHED', review_note = :note, reviewed_by = :by, "
                        + "reviewed_at = CURRENT_TIMESTAMP WHERE assessment_year = :year")
                .param("note", note).param("by", by).param("year", year).update();
    }

    public List<Result> results(int year) {
        return jdbc.sql("SELECT a.*, o.name FROM annual_assessment a JOIN org_unit o ON o.code = a.township_code "
                        + "WHERE a.assessment_year = :year ORDER BY a.township_rank, a.township_code")
                .param("year", year)
                .query((rs, i) -> new Result(rs.getInt("assessment_year"), rs.getString("township_code"),
                        rs.getString("name"), json.read(rs.getString("figures")), rs.getBigDecimal("score").doubleValue(),
                        rs.getString("score_detail"), rs.getInt("township_rank"), rs.getString("status")))
                .list();
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
