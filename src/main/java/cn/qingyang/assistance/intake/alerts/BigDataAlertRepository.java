package cn.qingyang.assistance.intake.alerts;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code big_data_alert} table: every alert received, once per alertId. */
@Repository
class BigDataAlertRepository {

    static final String PENDING = "PENDING";

    private final JdbcClient jdbc;

    public BigDataAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as recorded: its result and (when it reached one) its case's number. */
    public record Recorded(String result, String caseNumber) {
    }

    public Optional<Recorded> find(String alertId) {
        return jdbc.sql("SELECT a.result, c.case_number FROM big_data_alert a "
                        + "LEFT JOIN discovery_case c ON c.id = a.case_id WHERE a.alert_id = :alertId")
                .param("alertId", alertId)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2))).optional();
    }

    /** The same, locking the row until the transaction ends (a rejected alert sent again). */
    public Optional<String> lockResult(String alertId) {
        return jdbc.sql("SELECT result FROM big_data_alert WHERE alert_id = :alertId FOR UPDATE")
                .param("alertId", alertId).query(String.class).optional();
    }

    /**
     * Claims the alertId (result PENDING until {@link #finish}). A concurrent transaction that
     * claimed it first makes this wait, then fail with a duplicate key once that one commits.
     */
    public void claim(String alertId, String receivedBy) {
        jdbc.sql("INSERT INTO big_data_alert (alert_id, result, received_by) VALUES (:alertId, :result, :by)")
                .param("alertId", alertId).param("result", PENDING).param("by", receivedBy).update();
    }

    public void finish(String alertId, Fields fields, String result, Long caseId, String errorCode, String errorMessage,
                       String receivedBy) {
        jdbc.sql("UPDATE big_data_alert SET source = :source, type = :type, detected_at = :detectedAt, "
                        + "township_code = :township, details = :details, case_id = :caseId, result = :result, "
                        + "error_code = :code, error_message = :message, received_by = :by, "
                        + "received_at = CURRENT_TIMESTAMP WHERE alert_id = :alertId")
                .param("source", cut(fields.source(), 50)).param("type", cut(fields.type(), 30))
                .param("detectedAt", fields.detectedAt()).param("township", cut(fields.townshipCode(), 9))
                .param("details", fields.details()).param("caseId", caseId).param("result", result)
                .param("code", cut(errorCode, 40)).param("message", cut(errorMessage, 500)).param("by", receivedBy)
                .param("alertId", alertId).update();
    }

    public Optional<Long> caseId(String caseNumber) {
        return jdbc.sql("SELECT id FROM discovery_case WHERE case_number = :number").param("number", caseNumber)
                .query(Long.class).optional();
    }

    /** What is kept of an alert besides its id and result (values as sent, cut to the columns). */
    /** What became of an alert: its result and, once it reached a case, where the case stands. */
    public record Outcome(String alertId, String result, String errorCode, String errorMessage, String receivedBy,
                          OffsetDateTime receivedAt, String caseNumber, String caseStatus, String category,
                          OffsetDateTime closedAt) {
    }

    public Optional<Outcome> outcome(String alertId) {
        return jdbc.sql("SELECT a.alert_id, a.result, a.error_code, a.error_message, a.received_by, a.received_at, "
                        + "c.case_number, c.status, c.category, c.closed_at FROM big_data_alert a "
                        + "LEFT JOIN discovery_case c ON c.id = a.case_id WHERE a.alert_id = :alertId")
                .param("alertId", alertId)
                .query((rs, n) -> new Outcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class)))
                .optional();
    }

    public record Fields(String source, String type, OffsetDateTime detectedAt, String townshipCode, String details) {
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
