package cn.qingyang.assistance.ledger;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
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

    private final LedgerRepository entries;

    public LedgerService(LedgerRepository entries) {
        this.entries = entries;
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

    /**
     * Whether a follow-up cycle (an ISO 8601 repeating interval such as {@code R1/P1M} or
     * {@code R/P3M}) asks for a single visit: its repetition count is exactly 1.
     */
    public static boolean visitsOnce(String cycle) {
        if (cycle == null || !cycle.startsWith("R") || cycle.indexOf('/') < 0) {
            return false;
        }
        String repetitions = cycle.substring(1, cycle.indexOf('/'));
        return repetitions.equals("1");
    }

    public void enterUrgent(long caseId, String measures) {
        entries.enterOnce(caseId, URGENT, null, true, null, measures, null, ACTIVE);
    }

    public void enterClassified(long caseId, String category, boolean urgent, String causes, String measures,
                                LocalDate nextFollowUp, String status) {
        entries.enterOnce(caseId, CLASSIFIED, category, urgent, causes, measures, nextFollowUp, status);
    }

    /** The case's classified entry, when it is followed up: its id and next follow-up date. */
    public Optional<Map<String, Object>> activeClassifiedEntry(long caseId) {
        return entries.activeClassifiedEntry(caseId);
    }

    public void recordFollowUp(long entryId, int visitNo, LocalDate date, String outcome, String note, LocalDate next) {
        entries.recordFollowUp(entryId, visitNo, date, outcome, note, next);
    }

    /** Resolved, or followed up as often as the category asks: the entry is kept, closed (销号). */
    public void close(long entryId) {
        entries.close(entryId);
    }

    /** The person of an entry (ID number and phone decrypted), to report again when a follow-up finds things worse. */
    public Map<String, Object> personOf(long entryId) {
        return entries.personOf(entryId);
    }
}
