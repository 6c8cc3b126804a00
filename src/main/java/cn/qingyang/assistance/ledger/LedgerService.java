package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.time.LocalDate;
import java.time.Period;
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

    private final FieldCipher cipher;

    public LedgerService(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The next follow-up date: one period of the category's cycle (an ISO 8601 repetition from
     * the HardshipCategory decision, e.g. {@code R/P1M}) after {@code today}; none without a cycle.
     */
    public static LocalDate nextFollowUp(String cycle, LocalDate today) {
        if (cycle == null || cycle.isBlank()) {
            return null;
        }
        return today.plus(Period.parse(cycle.substring(cycle.lastIndexOf('/') + 1)));
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

    /** The case's classified entry, when it is followed up: its id and next follow-up date. */
    public java.util.Optional<java.util.Map<String, Object>> activeClassifiedEntry(long caseId) {
        return jdbc.sql("SELECT id, next_follow_up FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED' "
                        + "AND status = 'ACTIVE' AND next_follow_up IS NOT NULL")
                .param("case", caseId).query().listOfRows().stream().findFirst();
    }

    public void recordFollowUp(long entryId, int visitNo, LocalDate date, String outcome, String note, LocalDate next) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM follow_up_visit WHERE ledger_entry_id = :entry AND visit_no = :no")
                .param("entry", entryId).param("no", visitNo).query(Integer.class).single();
        if (existing == 0) {
            jdbc.sql("INSERT INTO follow_up_visit (ledger_entry_id, visit_no, visit_date, outcome, note) "
                            + "VALUES (:entry, :no, :date, :outcome, :note)")
                    .param("entry", entryId).param("no", visitNo).param("date", date).param("outcome", outcome)
                    .param("note", note).update();
        }
        jdbc.sql("UPDATE ledger_entry SET next_follow_up = :next WHERE id = :entry")
                .param("next", next).param("entry", entryId).update();
    }

    /** Resolved, or followed up as often as the category asks: the entry is kept, closed (销号). */
    public void close(long entryId) {
        jdbc.sql("UPDATE ledger_entry SET status = 'CLOSED', next_follow_up = NULL WHERE id = :entry")
                .param("entry", entryId).update();
    }

    /** The person of an entry, to report again when a follow-up finds things worse. */
    public java.util.Map<String, Object> personOf(long entryId) {
        java.util.Map<String, Object> person = jdbc.sql("SELECT p.name, p.id_number, p.phone, l.township_code, "
                        + "l.village_code FROM ledger_entry l JOIN person p ON p.id = l.person_id WHERE l.id = :entry")
                .param("entry", entryId).query().singleRow();
        person.put("id_number", cipher.open((String) person.get("id_number")));
        person.put("phone", cipher.open((String) person.get("phone")));
        return person;
    }
}
