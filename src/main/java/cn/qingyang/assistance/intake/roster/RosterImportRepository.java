package cn.qingyang.assistance.intake.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roster_import} table: background imports, their progress and outcome. */
@Repository
class RosterImportRepository {

    private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RosterImportRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored import: the view and who uploaded it. */
    public record StoredImport(RosterImportView view, String uploadedBy) {
    }

    public void insert(String id, String uploadedBy, String sha256, ImportMode mode, int total) {
        jdbc.sql("INSERT INTO roster_import (id, uploaded_by, file_sha256, mode, status, total, errors) "
                        + "VALUES (:id, :by, :sha, :mode, :status, :total, '[]')")
                .param("id", id).param("by", uploadedBy).param("sha", sha256).param("mode", mode.code())
                .param("status", RosterImportView.RUNNING).param("total", total).update();
    }

    public void progress(String id, int processed, int imported, int duplicates, List<RowError> errors) {
        jdbc.sql("UPDATE roster_import SET processed = :processed, imported = :imported, duplicates = :duplicates, "
                        + "errors = :errors WHERE id = :id AND status = :running")
                .param("processed", processed).param("imported", imported).param("duplicates", duplicates)
                .param("errors", write(errors)).param("id", id).param("running", RosterImportView.RUNNING).update();
    }

    public void finish(String id, String status, int processed, RosterResult result) {
        jdbc.sql("UPDATE roster_import SET status = :status, processed = :processed, imported = :imported, "
                        + "duplicates = :duplicates, errors = :errors, finished_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("status", status).param("processed", processed).param("imported", result.imported())
                .param("duplicates", result.duplicates()).param("errors", write(result.errors()))
                .param("id", id).update();
    }

    /** Imports left RUNNING by a server that stopped: they will never finish. */
    public int failAbandoned(String message) {
        return jdbc.sql("UPDATE roster_import SET status = :failed, errors = :errors, finished_at = CURRENT_TIMESTAMP "
                        + "WHERE status = :running")
                .param("failed", RosterImportView.FAILED).param("running", RosterImportView.RUNNING)
                .param("errors", write(List.of(new RowError(null, message)))).update();
    }

    public Optional<StoredImport> find(String id) {
        return jdbc.sql("SELECT id, uploaded_by, status, total, processed, imported, duplicates, errors "
                        + "FROM roster_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredImport(new RosterImportView(rs.getString("id"), rs.getString("status"),
                        rs.getInt("processed"), rs.getInt("total"), rs.getInt("imported"), rs.getInt("duplicates"),
                        read(rs.getString("errors"))), rs.getString("uploaded_by")))
                .optional();
    }

    private String write(List<RowError> errors) {
        try {
            return json.writeValueAsString(errors == null ? List.of() : errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RowError> read(String errors) {
        if (errors == null || errors.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(errors, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
