package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.security.CallerScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger ({@code ledger_entry}, {@code follow_up_visit}): entries written once per case and
 * kind (a retried job never enters a case twice), their follow-ups, and reads within what the
 * caller may see; ID numbers and phones decrypted.
 */
@Repository
class LedgerRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public LedgerRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record Entry(String caseNumber, String personName, String idNumber, String townshipCode, String township,
                        String villageCode, String village, String kind, String category, boolean urgent, String causes,
                        String measures, LocalDate nextFollowUp, String status, OffsetDateTime createdAt,
                        String householdRegistration) {
    }

    public record Page(long total, List<Entry> items) {
    }

    /** Enters the case in the ledger of this kind, unless it is there already. */
    void enterOnce(long caseId, String kind, String category, boolean urgent, String causes, String measures,
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

    Optional<Map<String, Object>> activeClassifiedEntry(long caseId) {
        return jdbc.sql("SELECT id, next_follow_up FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED' "
                        + "AND status = 'ACTIVE' AND next_follow_up IS NOT NULL")
                .param("case", caseId).query().listOfRows().stream().findFirst();
    }

    /** Records the visit once (by its number) and moves the entry's next follow-up date. */
    void recordFollowUp(long entryId, int visitNo, LocalDate date, String outcome, String note, LocalDate next) {
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

    void close(long entryId) {
        jdbc.sql("UPDATE ledger_entry SET status = 'CLOSED', next_follow_up = NULL WHERE id = :entry")
                .param("entry", entryId).update();
    }

    Map<String, Object> personOf(long entryId) {
        Map<String, Object> person = jdbc.sql("SELECT p.name, p.id_number, p.phone, l.township_code, "
                        + "l.village_code FROM ledger_entry l JOIN person p ON p.id = l.person_id WHERE l.id = :entry")
                .param("entry", entryId).query().singleRow();
        person.put("id_number", cipher.open((String) person.get("id_number")));
        person.put("phone", cipher.open((String) person.get("phone")));
        return person;
    }

    public Page find(LedgerQuery query, CallerScope caller) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, caller, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM ledger_entry l " + JOINS + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<Entry> items = jdbc.sql(SELECT + where + " ORDER BY l.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(this::map).list();
        return new Page(total, items);
    }

    public List<Entry> all(LedgerQuery query, CallerScope caller) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(SELECT + where(query, caller, params) + " ORDER BY l.township_code, l.village_code, l.id")
                .params(params).query(this::map).list();
    }

    private static String where(LedgerQuery query, CallerScope caller, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!caller.countyWide()) {
            List<String> townships = caller.townshipCodes();
            List<String> villages = caller.villageCodes();
            if (townships.isEmpty() && villages.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                List<String> scope = new ArrayList<>();
                if (!townships.isEmpty()) {
                    scope.add("l.township_code IN (:scopeTownships)");
                    params.put("scopeTownships", townships);
                }
                if (!villages.isEmpty()) {
                    scope.add("l.village_code IN (:scopeVillages)");
                    params.put("scopeVillages", villages);
                }
                conditions.add("(" + String.join(" OR ", scope) + ")");
            }
        }
        if (query.township() != null) {
            conditions.add("l.township_code = :township");
            params.put("township", query.township());
        }
        if (query.village() != null) {
            conditions.add("l.village_code = :village");
            params.put("village", query.village());
        }
        if ("URGENT".equals(query.category())) {
            conditions.add("l.kind = 'URGENT'");
        } else {
            conditions.add("l.kind = 'CLASSIFIED'");
            if (query.category() != null) {
                conditions.add("l.category = :category");
                params.put("category", query.category());
            }
        }
        if (query.urgent() != null) {
            conditions.add("l.urgent = :urgent");
            params.put("urgent", query.urgent());
        }
        if (query.status() != null) {
            conditions.add("l.status = :status");
            params.put("status", query.status());
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static final String JOINS = "JOIN discovery_case c ON c.id = l.case_id JOIN person p ON p.id = l.person_id "
            + "JOIN org_unit t ON t.code = l.township_code LEFT JOIN org_unit v ON v.code = l.village_code";
    private static final String SELECT = "SELECT c.case_number, p.name AS person_name, p.id_number, l.township_code, "
            + "t.name AS township, l.village_code, v.name AS village, l.kind, l.category, l.urgent, l.causes, l.measures, "
            + "l.next_follow_up, l.status, l.created_at, c.household_registration FROM ledger_entry l " + JOINS;

    private Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getString("case_number"), rs.getString("person_name"), cipher.open(rs.getString("id_number")),
                rs.getString("township_code"), rs.getString("township"), rs.getString("village_code"),
                rs.getString("village"), rs.getString("kind"), rs.getString("category"), rs.getBoolean("urgent"),
                rs.getString("causes"), rs.getString("measures"), rs.getObject("next_follow_up", LocalDate.class),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("household_registration"));
    }
}
