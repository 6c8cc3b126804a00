package cn.qingyang.assistance.discovery;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the workers record on a case, in our tables: visits, first aid, classification, and the
 * case's event history. Every write is idempotent, so a retried job never records twice.
 */
@Repository
class CaseFileRepository {

    private final JdbcClient jdbc;

    CaseFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a visit as number {@code visitNo} of the case (again the same number: unchanged). */
    public void recordVisit(long caseId, int visitNo, VisitAssessment v, String recordedBy) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM home_visit WHERE case_id = :case AND visit_no = :no")
                .param("case", caseId).param("no", visitNo).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO home_visit (case_id, visit_no, visit_date, investigator1, investigator2, person_seen,
                            not_seen_reason, health_status, disability_grade, labour_capacity, adl_failed, household_size,
                            income_wage, income_business, income_property, income_transfer, main_assets, medical_spending,
                            education_spending, causes, hardship_degree, self_help_capacity, findings, countermeasures,
                            conclusion, recorded_by)
                        VALUES (:case, :no, :date, :i1, :i2, :seen, :reason, :health, :grade, :labour, :adl, :size,
                            :wage, :business, :property, :transfer, :assets, :medical, :education, :causes, :degree,
                            :selfHelp, :findings, :measures, :conclusion, :by)""")
                .param("case", caseId).param("no", visitNo).param("date", v.visitDate())
                .param("i1", v.investigator1()).param("i2", v.investigator2()).param("seen", v.personSeen())
                .param("reason", v.notSeenReason()).param("health", v.healthStatus()).param("grade", v.disabilityGrade())
                .param("labour", v.labourCapacity()).param("adl", v.personSeen() ? v.adlFailed() : null)
                .param("size", v.householdSize()).param("wage", v.incomeWage()).param("business", v.incomeBusiness())
                .param("property", v.incomeProperty()).param("transfer", v.incomeTransfer())
                .param("assets", v.mainAssets()).param("medical", v.medicalSpending())
                .param("education", v.educationSpending()).param("causes", String.join(",", v.causes()))
                .param("degree", v.hardshipDegree()).param("selfHelp", v.selfHelpCapacity())
                .param("findings", v.findings()).param("measures", v.countermeasures())
                .param("conclusion", !v.personSeen() ? "NOT_SEEN" : v.moreInvestigationNeeded() ? "MORE_NEEDED" : "COMPLETE")
                .param("by", recordedBy).update();
    }

    /** Records first aid once per case (a retried job finds it recorded). */
    public void recordEmergencyAid(long caseId, String kind, BigDecimal amount, String purpose, boolean countyApproved) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM emergency_aid WHERE case_id = :case").param("case", caseId)
                .query(Integer.class).single() > 0;
        if (!exists) {
            jdbc.sql("INSERT INTO emergency_aid (case_id, aid_kind, amount, purpose, county_approved) "
                            + "VALUES (:case, :kind, :amount, :purpose, :county)")
                    .param("case", caseId).param("kind", kind).param("amount", amount).param("purpose", purpose)
                    .param("county", countyApproved).update();
        }
    }

    public void markEmergencyAidApprovedAfterwards(long caseId) {
        jdbc.sql("UPDATE emergency_aid SET post_approved_at = CURRENT_TIMESTAMP WHERE case_id = :case AND post_approved_at IS NULL")
                .param("case", caseId).update();
    }

    public void recordEvent(long caseId, String kind, String detail, String actor) {
        jdbc.sql("INSERT INTO case_event (case_id, kind, detail, actor) VALUES (:case, :kind, :detail, :actor)")
                .param("case", caseId).param("kind", kind).param("detail", detail).param("actor", actor).update();
    }

    public void setCategory(long caseId, String category) {
        jdbc.sql("UPDATE discovery_case SET category = :category WHERE id = :id")
                .param("category", category).param("id", caseId).update();
    }

    /** Closes the case: the household's members may be reported again and get a new case. */
    public void close(long caseId) {
        jdbc.sql("UPDATE discovery_case SET status = 'CLOSED', open_person_id = NULL, open_household_id = NULL, closed_at = CURRENT_TIMESTAMP "
                        + "WHERE id = :id AND status <> 'CLOSED'")
                .param("id", caseId).update();
    }
}
