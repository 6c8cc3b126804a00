package cn.qingyang.assistance.aid;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions, care arrangements (the carer's phone sealed), referrals and monitoring enrolments; every write is idempotent. */
@Repository
public class AidRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public AidRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void recordDecision(long caseId, String kind, String outcome, BigDecimal amount, String detail) {
        if (count("SELECT COUNT(*) FROM assistance_decision WHERE case_id = :case AND kind = :key", caseId, kind) > 0) {
            return;
        }
        jdbc.sql("INSERT INTO assistance_decision (case_id, kind, outcome, amount, detail) "
                        + "VALUES (:case, :kind, :outcome, :amount, :detail)")
                .param("case", caseId).param("kind", kind).param("outcome", outcome).param("amount", amount)
                .param("detail", detail).update();
    }

    public void recordCentralCare(long caseId, String institution, LocalDate admission) {
        if (count("SELECT COUNT(*) FROM care_arrangement WHERE case_id = :case", caseId, null) > 0) {
            return;
        }
        jdbc.sql("INSERT INTO care_arrangement (case_id, kind, institution_name, admission_date) "
                        + "VALUES (:case, 'CENTRAL_CARE', :institution, :admission)")
                .param("case", caseId).param("institution", institution).param("admission", admission).update();
    }

    public void recordCareAgreement(long caseId, String caregiver, String phone, String duties, String frequency,
                                    LocalDate agreed) {
        if (count("SELECT COUNT(*) FROM care_arrangement WHERE case_id = :case", caseId, null) > 0) {
            return;
        }
        jdbc.sql("INSERT INTO care_arrangement (case_id, kind, caregiver_name, caregiver_phone, care_duties, "
                        + "visit_frequency, agreement_date) VALUES (:case, 'MATERIAL_SERVICE', :caregiver, :phone, "
                        + ":duties, :frequency, :agreed)")
                .param("case", caseId).param("caregiver", caregiver).param("phone", cipher.seal(phone)).param("duties", duties)
                .param("frequency", frequency).param("agreed", agreed).update();
    }

    public void recordReferral(long caseId, String department) {
        if (count("SELECT COUNT(*) FROM referral WHERE case_id = :case AND department = :key", caseId, department) > 0) {
            return;
        }
        jdbc.sql("INSERT INTO referral (case_id, department, status) VALUES (:case, :department, 'OPEN')")
                .param("case", caseId).param("department", department).update();
    }

    public void answerReferral(long caseId, String department, String result, String answer) {
        jdbc.sql("UPDATE referral SET status = :status, answer = :answer, answered_at = CURRENT_TIMESTAMP "
                        + "WHERE case_id = :case AND department = :department AND status = 'OPEN'")
                .param("status", result).param("answer", answer).param("case", caseId).param("department", department)
                .update();
    }

    public void enrolInMonitoring(long caseId) {
        if (count("SELECT COUNT(*) FROM monitoring_enrolment WHERE case_id = :case", caseId, null) > 0) {
            return;
        }
        jdbc.sql("INSERT INTO monitoring_enrolment (case_id, person_id) SELECT id, person_id FROM discovery_case WHERE id = :case")
                .param("case", caseId).update();
    }

    private int count(String sql, long caseId, String key) {
        var statement = jdbc.sql(sql).param("case", caseId);
        return (key == null ? statement : statement.param("key", key)).query(Integer.class).single();
    }
}
