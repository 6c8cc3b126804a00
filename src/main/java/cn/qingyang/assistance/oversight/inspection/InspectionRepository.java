package cn.qingyang.assistance.oversight.inspection;

import cn.qingyang.assistance.oversight.inspection.InspectionService.Inspection;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code quarterly_inspection}: one row per quarter and township, from the figures to the verification. */
@Repository
class InspectionRepository {

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the quarter's figures: a repeated run (retry, restart) keeps the one row and refreshes its figures. */
    void storeFigures(String quarter, String townshipCode, String figures) {
        Optional<Inspection> existing = find(quarter, townshipCode);
        if (existing.isPresent()) {
            jdbc.sql("UPDATE quarterly_inspection SET figures = :figures WHERE id = :id")
                    .param("figures", figures).param("id", existing.get().id()).update();
        } else {
            jdbc.sql("INSERT INTO quarterly_inspection (inspection_quarter, township_code, figures, status) "
                            + "VALUES (:quarter, :township, :figures, 'OPEN')")
                    .param("quarter", quarter).param("township", townshipCode).param("figures", figures).update();
        }
    }

    void recordFindings(long id, String findings, boolean rectify, String by) {
        jdbc.sql("UPDATE quarterly_inspection SET findings = :findings, status = :status, "
                        + "inspected_by = :by, inspected_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("findings", findings).param("status", rectify ? "RECTIFYING" : "CLOSED")
                .param("by", by).param("id", id).update();
    }

    void recordRectificationDue(long id, LocalDate due) {
        jdbc.sql("UPDATE quarterly_inspection SET rectification_due = :due WHERE id = :id")
                .param("due", due).param("id", id).update();
    }

    void recordRectification(long id, String report) {
        jdbc.sql("UPDATE quarterly_inspection SET rectification_report = :report, rectified_at = CURRENT_TIMESTAMP, "
                        + "status = 'RECTIFIED' WHERE id = :id")
                .param("report", report).param("id", id).update();
    }

    void recordVerification(long id, boolean verified, String note) {
        jdbc.sql("UPDATE quarterly_inspection SET verification_rounds = verification_rounds + 1, "
                        + "verification_note = :note, status = :status, "
                        + "verified_at = CASE WHEN :verified THEN CURRENT_TIMESTAMP ELSE NULL END WHERE id = :id")
                .param("note", note).param("status", verified ? "VERIFIED" : "RECTIFYING")
                .param("verified", verified).param("id", id).update();
    }

    Optional<Inspection> find(String quarter, String townshipCode) {
        return jdbc.sql("SELECT * FROM quarterly_inspection WHERE inspection_quarter = :quarter AND township_code = :township")
                .param("quarter", quarter).param("township", townshipCode)
                .query((rs, i) -> new Inspection(rs.getLong("id"), rs.getString("inspection_quarter"),
                        rs.getString("township_code"), rs.getString("status"), rs.getString("figures"),
                        rs.getString("findings"), rs.getObject("rectification_due", LocalDate.class),
                        rs.getString("rectification_report"), rs.getInt("verification_rounds"),
                        rs.getString("verification_note")))
                .optional();
    }
}
