package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cases as our tables hold them, with their reports and referrals. A person's ID number is stored
 * sealed ({@link FieldCipher}); what this class returns is plaintext. Registration writes them
 * ({@code intake.ReportRepository}).
 */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public CaseRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record CaseRow(long id, String caseNumber, long personId, long householdId, String townshipCode, String villageCode,
                          String channel, boolean urgent, boolean relatedToStaff, CaseStatus status, String category,
                          String processInstanceId, OffsetDateTime openedAt) {
    }

    public record ReportRow(long id, String channel, String reporter, String reportedBy, String description,
                            boolean urgent, String result, String externalRef, OffsetDateTime receivedAt) {
    }

    public Optional<CaseRow> findOpenCaseOfPerson(long personId) {
        return jdbc.sql(CASE_SELECT + " WHERE open_person_id = :personId").param("personId", personId)
                .query(CaseRepository::mapCase).optional();
    }

    /** The household's one open case (以家庭为单位): a report of any member attaches to it. */
    public Optional<CaseRow> findOpenCaseOfHousehold(long householdId) {
        return jdbc.sql(CASE_SELECT + " WHERE open_household_id = :householdId").param("householdId", householdId)
                .query(CaseRepository::mapCase).optional();
    }

    public Optional<CaseRow> findCase(String caseNumber) {
        return jdbc.sql(CASE_SELECT + " WHERE case_number = :number").param("number", caseNumber)
                .query(CaseRepository::mapCase).optional();
    }

    public Optional<CaseRow> findCase(long caseId) {
        return jdbc.sql(CASE_SELECT + " WHERE id = :id").param("id", caseId).query(CaseRepository::mapCase).optional();
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
        return cipher.open(jdbc.sql("SELECT id_number FROM person WHERE id = :id").param("id", personId)
                .query(String.class).single());
    }

    private static final String CASE_SELECT = "SELECT id, case_number, person_id, household_id, township_code, village_code, channel, "
            + "urgent, related_to_staff, status, category, process_instance_id, opened_at FROM discovery_case";

    private static CaseRow mapCase(ResultSet rs, int row) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("person_id"), rs.getLong("household_id"),
                rs.getString("township_code"), rs.getString("village_code"), rs.getString("channel"),
                rs.getBoolean("urgent"), rs.getBoolean("related_to_staff"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("category"), rs.getString("process_instance_id"),
                rs.getObject("opened_at", OffsetDateTime.class));
    }
}
