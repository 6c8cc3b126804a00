package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.FiguresJson;
import cn.qingyang.assistance.oversight.assessment.AssessmentService.Result;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code annual_assessment}: a year's scores and ranks per township, a draft until the county publishes it. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final FiguresJson json;

    AssessmentRepository(JdbcClient jdbc, FiguresJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The year's draft, replacing an earlier calculation. */
    void replaceDraft(int year, List<Result> ranked) {
        jdbc.sql("DELETE FROM annual_assessment WHERE assessment_year = :year").param("year", year).update();
        for (Result r : ranked) {
            jdbc.sql("INSERT INTO annual_assessment (assessment_year, township_code, figures, score, score_detail, "
                            + "township_rank, status) VALUES (:year, :township, :figures, :score, :detail, :rank, 'DRAFT')")
                    .param("year", year).param("township", r.townshipCode()).param("figures", json.write(r.figures()))
                    .param("score", BigDecimal.valueOf(r.score())).param("detail", r.scoreDetail()).param("rank", r.rank())
                    .update();
        }
    }

    void publish(int year, String note, String by) {
        jdbc.sql("UPDATE annual_assessment SET status = 'PUBLISHED', review_note = :note, reviewed_by = :by, "
                        + "reviewed_at = CURRENT_TIMESTAMP WHERE assessment_year = :year")
                .param("note", note).param("by", by).param("year", year).update();
    }

    List<Result> results(int year) {
        return jdbc.sql("SELECT a.*, o.name FROM annual_assessment a JOIN org_unit o ON o.code = a.township_code "
                        + "WHERE a.assessment_year = :year ORDER BY a.township_rank, a.township_code")
                .param("year", year)
                .query((rs, i) -> new Result(rs.getInt("assessment_year"), rs.getString("township_code"),
                        rs.getString("name"), json.read(rs.getString("figures")), rs.getBigDecimal("score").doubleValue(),
                        rs.getString("score_detail"), rs.getInt("township_rank"), rs.getString("status")))
                .list();
    }
}
