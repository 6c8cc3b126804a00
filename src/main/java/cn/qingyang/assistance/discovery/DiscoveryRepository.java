package cn.qingyang.assistance.discovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Persons, cases and reports in our own tables. */
@Repository
public class DiscoveryRepository {

    private final JdbcClient jdbc;

    public DiscoveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CaseRow(long id, String caseNumber, long personId, String townshipCode, String villageCode,
                          String channel, boolean urgent, boolean relatedToStaff, CaseStatus status, String category,
                          String processInstanceId, OffsetDateTime openedAt) {
    }

    public record ReportRow(long id, String channel, String reporter, String reportedBy, String description,
                            boolean urgent, String result, String externalRef, OffsetDateTime receivedAt) {
    }

    /** The person's id, inserting the person on first report (name/phone/place kept up to date). */
    public long upsertPerson(ValidReport report) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM person WHERE id_number = :idNumber")
                .param("idNumber", report.idNumber().value()).query(Long.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE person SET name = :name, phone = COALESCE(:phone, phone) WHERE id = :id")
                    .param("name", report.name()).param("phone", report.phone()).param("id", existing.get()).update();
            return existing.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person (id_number, name, phone, township_code, village_code) "
                        + "VALUES (:idNumber, :name, :phone, :township, :village)")
                .param("idNumber", report.idNumber().value()).param("name", report.name())
                .param("phone", report.phone()).param("township", report.township().code())
                .param("village", report.village() == null ? null : report.village().code())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<CaseRow> findOpenCaseOfPerson(long personId) {
        return jdbc.sql(CASE_SELECT + " WHERE open_person_id = :personId").param("personId", personId)
                .query(DiscoveryRepository::mapCase).optional();
    }

    public Optional<CaseRow> findCase(String caseNumber) {
        return jdbc.sql(CASE_SELECT + " WHERE case_number = :number").param("number", caseNumber)
                .query(DiscoveryRepository::mapCase).optional();
    }

    public Optional<CaseRow> findCase(long caseId) {
        return jdbc.sql(CASE_SELECT + " WHERE id = :id").param("id", caseId).query(DiscoveryRepository::mapCase).optional();
    }

    /** The next number of a township's case this month; the row lock serialises concurrent callers. */
    public int nextSequence(String prefix) {
        int updated = jdbc.sql("UPDATE case_sequence SET last_value = last_value + 1 WHERE prefix = :prefix")
                .param("prefix", prefix).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO case_sequence (prefix, last_value) VALUES (:prefix, 1)").param("prefix", prefix).update();
            return 1;
        }
        return jdbc.sql("SELECT last_value FROM case_sequence WHERE prefix = :prefix").param("prefix", prefix)
                .query(Integer.class).single();
    }

    public long insertCase(String caseNumber, long personId, ValidReport report) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, township_code, village_code, "
                        + "channel, urgent, related_to_staff, status) "
                        + "VALUES (:number, :person, :person, :township, :village, :channel, :urgent, :related, :status)")
                .param("number", caseNumber).param("person", personId)
                .param("township", report.township().code())
                .param("village", report.village() == null ? null : report.village().code())
                .param("channel", report.channel().code()).param("urgent", report.urgent())
                .param("related", report.relatedToStaff()).param("status", CaseStatus.OPEN.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setProcessInstance(long caseId, String processInstanceId) {
        jdbc.sql("UPDATE discovery_case SET process_instance_id = :pi WHERE id = :id")
                .param("pi", processInstanceId).param("id", caseId).update();
    }

    public void insertReport(long caseId, ValidReport report, String reportedBy, RegistrationResult.Result result) {
        jdbc.sql("INSERT INTO case_report (case_id, channel, reporter, reported_by, description, urgent, result, external_ref) "
                        + "VALUES (:case, :channel, :reporter, :by, :description, :urgent, :result, :ref)")
                .param("case", caseId).param("channel", report.channel().code()).param("reporter", report.reporter())
                .param("by", reportedBy).param("description", report.description()).param("urgent", report.urgent())
                .param("result", result.name()).param("ref", report.externalRef()).update();
    }

    /** The first report with an external reference: the answer it got, and whose ID number it named. */
    public record EarlierReport(RegistrationResult answer, String idNumber) {
    }

    public Optional<EarlierReport> findByExternalRef(String externalRef) {
        return jdbc.sql("SELECT c.case_number, r.result, p.id_number FROM case_report r "
                        + "JOIN discovery_case c ON c.id = r.case_id JOIN person p ON p.id = c.person_id "
                        + "WHERE r.external_ref = :ref")
                .param("ref", externalRef)
                .query((rs, n) -> new EarlierReport(new RegistrationResult(rs.getString(1),
                        RegistrationResult.Result.valueOf(rs.getString(2))), rs.getString(3)))
                .optional();
    }

    public List<ReportRow> reportsOf(long caseId) {
        return jdbc.sql("SELECT id, channel, reporter, reported_by, description, urgent, result, external_ref, received_at "
                        + "FROM case_report WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new ReportRow(rs.getLong("id"), rs.getString("channel"), rs.getString("reporter"),
                        rs.getString("reported_by"), rs.getString("description"), rs.getBoolean("urgent"),
                        rs.getString("result"), rs.getString("external_ref"), rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    /** Referrals of a case to departments (一门受理、协同办理), oldest first. */
    public record ReferralRow(String department, String status, OffsetDateTime referredAt, OffsetDateTime answeredAt) {
    }

    public List<ReferralRow> referralsOf(long caseId) {
        return jdbc.sql("SELECT department, status, referred_at, answered_at FROM referral WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new ReferralRow(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    public String personIdNumber(long personId) {
        return jdbc.sql("SELECT id_number FROM person WHERE id = :id").param("id", personId).query(String.class).single();
    }

    private static final String CASE_SELECT = "SELECT id, case_number, person_id, township_code, village_code, channel, "
            + "urgent, related_to_staff, status, category, process_instance_id, opened_at FROM discovery_case";

    private static CaseRow mapCase(ResultSet rs, int row) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("person_id"),
                rs.getString("township_code"), rs.getString("village_code"), rs.getString("channel"),
                rs.getBoolean("urgent"), rs.getBoolean("related_to_staff"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("category"), rs.getString("process_instance_id"),
                rs.getObject("opened_at", OffsetDateTime.class));
    }
}
