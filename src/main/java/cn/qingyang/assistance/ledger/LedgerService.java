package cn.qingyang.assistance.ledger;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The classified ledgers (分类台账): the 急难 ledger entered at first aid, and every case's final
 * classified entry with its next follow-up date. One entry per case and kind, so a retried job
 * never enters a case twice.
 */
@Service
public class LedgerService {

    public static final String URGENT = "URGENT";
    public static final String CLASSIFIED = "CLASSIFIED";
    /** Followed up (回访) until resolved. */
    public static final String ACTIVE = "ACTIVE";
    /** Kept for the record, no follow-up. */
    public static final String CLOSED = "CLOSED";

    private final JdbcClient jdbc;

    public LedgerService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enterUrgent(long caseId, String measures) {
        enter(caseId, URGENT, null, true, null, measures, null, ACTIVE);
    }

    public void enterClassified(long caseId, String category, boolean urgent, String causes, String measures,
                                LocalDate nextFollowUp, String status) {
        enter(caseId, CLASSIFIED, category, urgent, causes, measures, nextFollowUp, status);
    }

    private void enter(long caseId, String kind, String category, boolean urgent, String causes, String measures,
                       LocalDate nextFollowUp, String status) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND kind = :kind")
                .param("case", caseId).param("kind", kind).query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO ledger_entry (case_id, person_id, kind, township_code, village_code, category, urgent,
                                                  causes, measures, next_follow_up, status)
                        SELECT id, person_id, :kind, township_code, village_code, :category, :urgent, :causes, :measures,
                               :next, :status
                          FROM discovery_case WHERE id = :case""")
                .param("kind", kind).param("category", category).param("urgent", urgent).param("causes", causes)
                .param("measures", measures).param("next", nextFollowUp).param("status", status).param("case", caseId)
                .update();
    }
}
