package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.security.CallerScope;
import java.math.BigDecimal;
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
 * The ledger ({@code ledger_entry}, {@code follow_up_visit}): the 急难 entry once per case, the
 * classified entry once per household and category (a retried job never enters twice), their
 * follow-ups, and reads within what the caller may see; ID numbers and phones decrypted.
 */
@Repository
class LedgerRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public LedgerRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record Entry(long householdId, String caseNumber, String personName, String idNumber, String headName,
                        String townshipCode, String township, String villageCode, String village, String kind,
                        String category, boolean urgent, String causes, String measures, LocalDate nextFollowUp,
                        LocalDate lastFollowUp, String status, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        String householdRegistration, LedgerColumns columns) {
    }

    public record Page(long total, List<Entry> items) {
    }

    /** What the case's latest visit that saw the person recorded (none before such a visit). */
    record SeenVisit(String healthStatus, Integer disabilityGrade, Integer adlFailed, String labourCapacity,
                     String hardshipDegree, String selfHelpCapacity, Integer householdSize, BigDecimal totalIncome,
                     String investigator) {
    }

    /** Enters the case in the ledger of this kind, unless it is there already (the 急难 ledger: one row per case). */
    void enterOnce(long caseId, String kind, String category, boolean urgent, String causes, String measures,
                   LocalDate nextFollowUp, String status) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE case_id = :case AND kind = :kind")
                .param("case", caseId).param("kind", kind).query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO ledger_entry (case_id, person_id, household_id, kind, township_code, village_code,
                                                  category, urgent, causes, measures, next_follow_up, status)
                        SELECT id, person_id, household_id, :kind, township_code, village_code, :category, :urgent, :causes,
                               :measures, :next, :status
                          FROM discovery_case WHERE id = :case""")
                .param("kind", kind).param("category", category).param("urgent", urgent).param("causes", causes)
                .param("measures", measures).param("next", nextFollowUp).param("status", status).param("case", caseId)
                .update();
    }

    /**
     * The household's classified entry of this category, entered or updated from this case: a later
     * case of the household classified into the same category updates the entry (its follow-ups stay
     * with it) instead of adding a row. The household's row is locked first, so two cases of one
     * household (possible after 并户) never both insert; doing it again (a retried job) changes nothing.
     */
    void enterClassified(long caseId, String category, boolean urgent, String causes, String measures,
                         LocalDate nextFollowUp, String status, LedgerColumns c) {
        long household = householdOfCase(caseId);
        jdbc.sql("SELECT id FROM household WHERE id = :household FOR UPDATE").param("household", household)
                .query(Long.class).single();
        // after 并户 a household may hold two entries of one category (one from each household): the latest is its entry
        Optional<Long> existing = jdbc.sql("SELECT id FROM ledger_entry WHERE household_id = :household "
                        + "AND kind = 'CLASSIFIED' AND category = :category ORDER BY id DESC")
                .param("household", household).param("category", category).query(Long.class).list().stream().findFirst();
        Map<String, Object> params = new HashMap<>();
        params.put("case", caseId);
        params.put("category", category);
        params.put("urgent", urgent);
        params.put("causes", causes);
        params.put("measures", measures);
        params.put("next", nextFollowUp);
        params.put("status", status);
        params.put("health", c.healthStatus());
        params.put("grade", c.disabilityGrade());
        params.put("selfCare", c.selfCare());
        params.put("labour", c.labourCapacity());
        params.put("degree", c.hardshipDegree());
        params.put("selfHelp", c.selfHelpCapacity());
        params.put("size", c.householdSize());
        params.put("perCapita", c.perCapitaIncome());
        params.put("benefits", c.memberBenefits());
        params.put("responsible", c.responsiblePerson());
        if (existing.isPresent()) {
            params.put("entry", existing.get());
            jdbc.sql("""
                            UPDATE ledger_entry SET
                                case_id = :case,
                                person_id = (SELECT person_id FROM discovery_case WHERE id = :case),
                                township_code = (SELECT township_code FROM discovery_case WHERE id = :case),
                                village_code = (SELECT village_code FROM discovery_case WHERE id = :case),
                                urgent = :urgent, causes = :causes, measures = :measures, next_follow_up = :next,
                                status = :status, health_status = :health, disability_grade = :grade, self_care = :selfCare,
                                labour_capacity = :labour, hardship_degree = :degree, self_help_capacity = :selfHelp,
                                household_size = :size, per_capita_income = :perCapita, member_benefits = :benefits,
                                responsible_person = :responsible, updated_at = CURRENT_TIMESTAMP
                             WHERE id = :entry""").params(params).update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO ledger_entry (case_id, person_id, household_id, kind, township_code, village_code,
                                                  category, urgent, causes, measures, next_follow_up, status, health_status,
                                                  disability_grade, self_care, labour_capacity, hardship_degree,
                                                  self_help_capacity, household_size, per_capita_income, member_benefits,
                                                  responsible_person)
                        SELECT id, person_id, household_id, 'CLASSIFIED', township_code, village_code, :category, :urgent,
                               :causes, :measures, :next, :status, :health, :grade, :selfCare, :labour, :degree, :selfHelp,
                               :size, :perCapita, :benefits, :responsible
                          FROM discovery_case WHERE id = :case""").params(params).update();
    }

    long householdOfCase(long caseId) {
        return jdbc.sql("SELECT household_id FROM discovery_case WHERE id = :case").param("case", caseId)
                .query(Long.class).single();
    }

    /** The case's latest visit that saw the person; none when no visit did (e.g. an entry made before one). */
    Optional<SeenVisit> latestSeenVisit(long caseId) {
        return jdbc.sql("""
                        SELECT health_status, disability_grade, adl_failed, labour_capacity, hardship_degree, self_help_capacity,
                               household_size, income_wage, income_business, income_property, income_transfer, investigator1
                          FROM home_visit WHERE case_id = :case AND person_seen = TRUE ORDER BY visit_no DESC""")
                .param("case", caseId).query((rs, n) -> {
                    BigDecimal total = null;
                    for (String column : new String[] {"income_wage", "income_business", "income_property", "income_transfer"}) {
                        BigDecimal amount = rs.getBigDecimal(column);
                        if (amount != null) {
                            total = total == null ? amount : total.add(amount);
                        }
                    }
                    return new SeenVisit(rs.getString("health_status"), rs.getObject("disability_grade", Integer.class),
                            rs.getObject("adl_failed", Integer.class), rs.getString("labour_capacity"),
                            rs.getString("hardship_degree"), rs.getString("self_help_capacity"),
                            rs.getObject("household_size", Integer.class), total, rs.getString("investigator1"));
                }).list().stream().findFirst();
    }

    /** How many follow-up visits the entry has had (a new FollowUpVisits process numbers its visits on from there). */
    int followUpCount(long entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM follow_up_visit WHERE ledger_entry_id = :entry").param("entry", entryId)
                .query(Integer.class).single();
    }

    /** The case's classified entry (the household's, as this case last wrote it): its id, status and next follow-up date. */
    Optional<Map<String, Object>> classifiedEntry(long caseId) {
        return jdbc.sql("SELECT id, status, next_follow_up FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED' "
                        + "ORDER BY id DESC")
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
            + "JOIN org_unit t ON t.code = l.township_code LEFT JOIN org_unit v ON v.code = l.village_code "
            + "LEFT JOIN household_member hm ON hm.head_of_household = l.household_id LEFT JOIN person hp ON hp.id = hm.person_id";
    /** 上次回访 is read live from the entry's follow-ups; the rest as stored when the household was classified. */
    private static final String SELECT = "SELECT l.household_id, c.case_number, p.name AS person_name, p.id_number, "
            + "hp.name AS head_name, l.township_code, t.name AS township, l.village_code, v.name AS village, l.kind, "
            + "l.category, l.urgent, l.causes, l.measures, l.next_follow_up, "
            + "(SELECT MAX(f.visit_date) FROM follow_up_visit f WHERE f.ledger_entry_id = l.id) AS last_follow_up, "
            + "l.status, l.created_at, l.updated_at, c.household_registration, l.health_status, l.disability_grade, "
            + "l.self_care, l.labour_capacity, l.hardship_degree, l.self_help_capacity, l.household_size, "
            + "l.per_capita_income, l.member_benefits, l.responsible_person FROM ledger_entry l " + JOINS;

    private Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        LedgerColumns columns = new LedgerColumns(rs.getString("health_status"),
                rs.getObject("disability_grade", Integer.class), rs.getString("self_care"), rs.getString("labour_capacity"),
                rs.getString("hardship_degree"), rs.getString("self_help_capacity"),
                rs.getObject("household_size", Integer.class), rs.getBigDecimal("per_capita_income"),
                rs.getString("member_benefits"), rs.getString("responsible_person"));
        return new Entry(rs.getLong("household_id"), rs.getString("case_number"), rs.getString("person_name"),
                cipher.open(rs.getString("id_number")), rs.getString("head_name"), rs.getString("township_code"),
                rs.getString("township"), rs.getString("village_code"), rs.getString("village"), rs.getString("kind"),
                rs.getString("category"), rs.getBoolean("urgent"), rs.getString("causes"), rs.getString("measures"),
                rs.getObject("next_follow_up", LocalDate.class), rs.getObject("last_follow_up", LocalDate.class),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("household_registration"), columns);
    }
}
