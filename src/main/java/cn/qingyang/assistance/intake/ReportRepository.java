package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.person.HouseholdRegistration;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.household.PersonRepository;
import cn.qingyang.assistance.discovery.CaseStatus;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What registration writes: the person (under the rules every channel shares, {@link PersonRepository}:
 * found by the blind index of the ID number, {@link BlindIndex}; number and phone sealed,
 * {@link FieldCipher}), a new case with its number, and each report.
 */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final PersonRepository persons;

    public ReportRepository(JdbcClient jdbc, FieldCipher cipher, PersonRepository persons) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.persons = persons;
    }

    /** The person's id, inserting the person on first report (name/phone/place kept up to date). */
    public long upsertPerson(ValidReport report) {
        return persons.upsert(report.idNumber(), report.name(), report.phone(), report.township().code(),
                report.village() == null ? null : report.village().code());
    }

    /** The id of the person with this ID number, if known (under every configured index key). */
    public Optional<Long> findPersonId(String idNumber) {
        return persons.find(ResidentIdNumber.parse(idNumber));
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

    /** A new open case of the household; a second open case of one household breaks uq_case_open_household. */
    public long insertCase(String caseNumber, long personId, long householdId, ValidReport report, HouseholdRegistration registration) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, household_id, open_household_id, "
                        + "township_code, village_code, channel, urgent, related_to_staff, status, household_registration) "
                        + "VALUES (:number, :person, :person, :household, :household, :township, :village, :channel, :urgent, "
                        + ":related, :status, :registration)")
                .param("number", caseNumber).param("person", personId).param("household", householdId)
                .param("registration", registration.name())
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

    public void insertReport(long caseId, long personId, ValidReport report, String reportedBy, RegistrationResult.Result result) {
        jdbc.sql("INSERT INTO case_report (case_id, person_id, channel, reporter, reported_by, description, urgent, result, external_ref) "
                        + "VALUES (:case, :person, :channel, :reporter, :by, :description, :urgent, :result, :ref)")
                .param("case", caseId).param("person", personId).param("channel", report.channel().code()).param("reporter", report.reporter())
                .param("by", reportedBy).param("description", report.description()).param("urgent", report.urgent())
                .param("result", result.name()).param("ref", report.externalRef()).update();
    }

    /** The first report with an external reference: the answer it got, and whose ID number it named. */
    public record EarlierReport(RegistrationResult answer, String idNumber) {
    }

    public Optional<EarlierReport> findByExternalRef(String externalRef) {
        return jdbc.sql("SELECT c.case_number, r.result, p.id_number, c.household_id FROM case_report r "
                        + "JOIN discovery_case c ON c.id = r.case_id JOIN person p ON p.id = r.person_id "
                        + "WHERE r.external_ref = :ref")
                .param("ref", externalRef)
                .query((rs, n) -> new EarlierReport(new RegistrationResult(rs.getString(1),
                        RegistrationResult.Result.valueOf(rs.getString(2)), rs.getLong(4)), cipher.open(rs.getString(3))))
                .optional();
    }
}
