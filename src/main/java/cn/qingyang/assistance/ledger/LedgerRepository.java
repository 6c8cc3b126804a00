package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.security.CallerScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the ledger ({@code ledger_entry}) within what the caller may see; ID numbers decrypted. */
@Repository
public class LedgerRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public LedgerRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record Entry(String caseNumber, String personName, String idNumber, String townshipCode, String township,
                        String villageCode, String village, String kind, String category, boolean urgent, String causes,
                        String measures, LocalDate nextFollowUp, String status, OffsetDateTime createdAt) {
    }

    public record Page(long total, List<Entry> items) {
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
            + "l.next_follow_up, l.status, l.created_at FROM ledger_entry l " + JOINS;

    private Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getString("case_number"), rs.getString("person_name"), cipher.open(rs.getString("id_number")),
                rs.getString("township_code"), rs.getString("township"), rs.getString("village_code"),
                rs.getString("village"), rs.getString("kind"), rs.getString("category"), rs.getBoolean("urgent"),
                rs.getString("causes"), rs.getString("measures"), rs.getObject("next_follow_up", LocalDate.class),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
