package cn.qingyang.assistance.retention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the case-file retention run: which closed cases have expired, and removing one
 * case's file (every row that belongs to it, children first) while writing its de-personalised
 * catalogue row. The tables are the other features' (discovery, ledger, aid, household, person,
 * outside, intake, oversight); this is the one place that deletes from them by age.
 */
@Repository
class CaseFileRetentionRepository {

    /** Tables whose rows belong to one case through {@code case_id}, removed with it (children before parents). */
    static final List<String> CASE_TABLES = List.of("spot_check_item", "big_data_alert", "outbound_message",
            "monitoring_enrolment", "referral", "care_arrangement", "assistance_decision", "emergency_aid",
            "home_visit", "case_report", "case_event");
    /** Tables whose rows belong to a household through {@code household_id}, removed with it when nothing kept needs it. */
    static final List<String> HOUSEHOLD_TABLES = List.of("household_member", "household_supporter", "household_version");
    /** Where a person is referred to; a person none of these refers to any more is removed. */
    static final Map<String, String> PERSON_REFERENCES = Map.of("discovery_case", "person_id", "ledger_entry", "person_id",
            "case_report", "person_id", "monitoring_enrolment", "person_id", "household_member", "person_id");

    /**
     * A closed case whose file may go: closed before the cut-off, and its household no longer in
     * our care: no case of the household open, no classified ledger entry of the household still
     * followed up (ACTIVE, 跟踪回访中), no ledger entry of the household changed since the cut-off
     * (the archive rules count from 停保, when assistance ended), and the household not under 防返贫
     * monitoring. (An URGENT entry, the 急难对象台账's record of first aid, stays ACTIVE for good:
     * it is no follow-up, so it does not keep the file; its age does.)
     */
    private static final String EXPIRED = """
            c.status = 'CLOSED' AND c.closed_at < :cutoff
            AND NOT EXISTS (SELECT 1 FROM discovery_case o WHERE o.household_id = c.household_id AND o.status <> 'CLOSED')
            AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.household_id = c.household_id
                            AND ((l.status = 'ACTIVE' AND l.kind <> 'URGENT') OR COALESCE(l.updated_at, l.created_at) >= :cutoff))
            AND NOT EXISTS (SELECT 1 FROM household h WHERE h.id = c.household_id AND h.under_monitoring = TRUE)
            """;

    record ExpiredCase(long id, String caseNumber, long personId, long householdId, String townshipCode,
                       String villageCode, String channel, boolean urgent, String category, OffsetDateTime openedAt,
                       OffsetDateTime closedAt) {
    }

    private final JdbcClient jdbc;

    CaseFileRetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} expired cases, oldest closed first. */
    List<Long> expiredCaseIds(OffsetDateTime cutoff, int limit) {
        return jdbc.sql("SELECT c.id FROM discovery_case c WHERE " + EXPIRED + " ORDER BY c.closed_at, c.id LIMIT :limit")
                .param("cutoff", cutoff).param("limit", limit).query(Long.class).list();
    }

    /**
     * The case, locked until the transaction ends, if it is still there and still expired: a second
     * node waits here and then finds it gone (or no longer expired, if its household came back).
     */
    Optional<ExpiredCase> lockIfExpired(long caseId, OffsetDateTime cutoff) {
        Optional<Long> locked = jdbc.sql("SELECT id FROM discovery_case WHERE id = :id FOR UPDATE").param("id", caseId)
                .query(Long.class).optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT c.id, c.case_number, c.person_id, c.household_id, c.township_code, c.village_code, c.channel, "
                        + "c.urgent, c.category, c.opened_at, c.closed_at FROM discovery_case c WHERE c.id = :id AND " + EXPIRED)
                .param("id", caseId).param("cutoff", cutoff)
                .query((rs, n) -> new ExpiredCase(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class)))
                .optional();
    }

    /**
     * Removes the case's file and writes its catalogue row; then its household and persons if
     * nothing kept refers to them. Runs inside the transaction that locked the case.
     *
     * @return rows removed per table (only tables with rows removed)
     */
    Map<String, Integer> remove(ExpiredCase c, OffsetDateTime now) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        String outcome = jdbc.sql("SELECT kind, outcome FROM assistance_decision WHERE case_id = :case ORDER BY kind")
                .param("case", c.id()).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list().stream()
                .collect(Collectors.joining(","));
        Set<Long> persons = new LinkedHashSet<>();
        persons.add(c.personId());
        persons.addAll(jdbc.sql("SELECT person_id FROM case_report WHERE case_id = :case AND person_id IS NOT NULL")
                .param("case", c.id()).query(Long.class).list());
        persons.addAll(jdbc.sql("SELECT person_id FROM ledger_entry WHERE case_id = :case").param("case", c.id())
                .query(Long.class).list());
        persons.addAll(jdbc.sql("SELECT person_id FROM monitoring_enrolment WHERE case_id = :case").param("case", c.id())
                .query(Long.class).list());

        count(removed, "follow_up_visit", jdbc.sql("DELETE FROM follow_up_visit WHERE ledger_entry_id IN "
                + "(SELECT id FROM ledger_entry WHERE case_id = :case)").param("case", c.id()).update());
        count(removed, "ledger_entry", jdbc.sql("DELETE FROM ledger_entry WHERE case_id = :case").param("case", c.id()).update());
        for (String table : CASE_TABLES) {
            count(removed, table, jdbc.sql("DELETE FROM " + table + " WHERE case_id = :case").param("case", c.id()).update());
        }
        count(removed, "discovery_case", jdbc.sql("DELETE FROM discovery_case WHERE id = :case").param("case", c.id()).update());

        // the household, and any household merged into it earlier (并户), once no case and no ledger entry needs them
        List<Long> households = new ArrayList<>();
        households.add(c.householdId());
        households.addAll(jdbc.sql("SELECT id FROM household WHERE merged_into = :id").param("id", c.householdId())
                .query(Long.class).list());
        for (long household : households) {
            boolean needed = jdbc.sql("SELECT COUNT(*) FROM discovery_case WHERE household_id = :h OR open_household_id = :h")
                    .param("h", household).query(Long.class).single() > 0
                    || jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE household_id = :h").param("h", household)
                    .query(Long.class).single() > 0
                    || jdbc.sql("SELECT COUNT(*) FROM household WHERE merged_into = :h AND id <> :h AND id NOT IN (:all)")
                    .param("h", household).param("all", households).query(Long.class).single() > 0;
            if (needed) {
                continue;
            }
            persons.addAll(jdbc.sql("SELECT person_id FROM household_member WHERE household_id = :h").param("h", household)
                    .query(Long.class).list());
            for (String table : HOUSEHOLD_TABLES) {
                count(removed, table, jdbc.sql("DELETE FROM " + table + " WHERE household_id = :h").param("h", household).update());
            }
            count(removed, "household", jdbc.sql("DELETE FROM household WHERE id = :h").param("h", household).update());
        }
        for (long person : persons) {
            if (!referenced(person)) {
                count(removed, "person", jdbc.sql("DELETE FROM person WHERE id = :p").param("p", person).update());
            }
        }

        int total = removed.values().stream().mapToInt(Integer::intValue).sum();
        jdbc.sql("INSERT INTO case_archive_catalogue (case_number, township_code, village_code, channel, urgent, category, "
                        + "outcome, opened_at, closed_at, removed_at, rows_removed) VALUES (:number, :township, :village, "
                        + ":channel, :urgent, :category, :outcome, :opened, :closed, :now, :rows)")
                .param("number", c.caseNumber()).param("township", c.townshipCode()).param("village", c.villageCode())
                .param("channel", c.channel()).param("urgent", c.urgent()).param("category", c.category())
                .param("outcome", outcome.isEmpty() ? null : truncate(outcome, 400)).param("opened", c.openedAt())
                .param("closed", c.closedAt()).param("now", now).param("rows", total).update();
        return removed;
    }

    private boolean referenced(long person) {
        for (Map.Entry<String, String> reference : PERSON_REFERENCES.entrySet()) {
            if (jdbc.sql("SELECT COUNT(*) FROM " + reference.getKey() + " WHERE " + reference.getValue() + " = :p")
                    .param("p", person).query(Long.class).single() > 0) {
                return true;
            }
        }
        return false;
    }

    private static void count(Map<String, Integer> removed, String table, int rows) {
        if (rows > 0) {
            removed.merge(table, rows, Integer::sum);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
