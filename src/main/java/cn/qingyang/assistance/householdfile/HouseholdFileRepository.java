package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a household's file over time across the features' tables (cases, reports, visits, first aid,
 * decisions, care, referrals, monitoring, ledger, follow-ups, spot checks) with its own SQL, so that
 * the file needs none of those features' classes. What it returns is plaintext (ID numbers opened
 * from {@code person}); the caller masks.
 */
@Repository
class HouseholdFileRepository {

    /** A search answers at most this many households: a short list to pick from, not a register. */
    static final int SEARCH_LIMIT = 50;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    HouseholdFileRepository(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** The households a search may answer: all of them for the county, else those of the caller's townships or villages. */
    record Scope(boolean countyWide, Collection<String> townships, Collection<String> villages) {
    }

    record Place(String township, String village) {
    }

    record Summary(long householdId, String townshipCode, String villageCode, String address, String headName,
                   String headIdNumber, int members, String openCaseNumber) {
    }

    record CaseRow(long id, String caseNumber, String status, String personName, String idNumber, String townshipCode,
                   String villageCode, String channel, boolean urgent, boolean relatedToStaff, String category,
                   String householdRegistration, OffsetDateTime openedAt, OffsetDateTime closedAt) {
    }

    record ReportRow(String channel, String reporter, String description, boolean urgent, String result,
                     OffsetDateTime receivedAt) {
    }

    record VisitRow(int visitNo, LocalDate visitDate, String investigator1, String investigator2, boolean personSeen,
                    String notSeenReason, String hardshipDegree, String selfHelpCapacity, String causes, String findings,
                    String countermeasures, String conclusion, OffsetDateTime recordedAt) {
    }

    record AidRow(String aidKind, BigDecimal amount, String purpose, boolean countyApproved, OffsetDateTime grantedAt,
                  OffsetDateTime postApprovedAt) {
    }

    record DecisionRow(String kind, String outcome, BigDecimal amount, String detail, OffsetDateTime decidedAt) {
    }

    record CareRow(String kind, String institutionName, LocalDate admissionDate, String caregiverName,
                   String visitFrequency, LocalDate agreementDate, OffsetDateTime recordedAt) {
    }

    record ReferralRow(String department, String status, String answer, OffsetDateTime referredAt,
                       OffsetDateTime answeredAt) {
    }

    record LedgerRow(long id, String caseNumber, String kind, String category, boolean urgent, String causes,
                     String measures, LocalDate nextFollowUp, String status, OffsetDateTime createdAt) {
    }

    record FollowUpRow(int visitNo, LocalDate visitDate, String outcome, String note, OffsetDateTime recordedAt) {
    }

    record SpotCheckRow(String month, String recipientKind, boolean sampled, String outcome, String findings,
                        OffsetDateTime checkedAt, String correction, OffsetDateTime correctedAt) {
    }

    /** Where the household lives: its township and village (null when it does not exist). */
    Optional<Place> place(long householdId) {
        return jdbc.sql("SELECT township_code, village_code FROM household WHERE id = :id").param("id", householdId)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2))).optional();
    }

    List<Long> byIdNumber(String idNumber, Scope scope) {
        return search("SELECT m.household_id FROM household_member m JOIN person p ON p.id = m.person_id "
                + "WHERE p.id_number_index IN (:indexes)", scope, "indexes", index.candidates(idNumber));
    }

    /** Members whose name contains the text (names are not sealed; a name alone never merges anyone, it only finds). */
    List<Long> byName(String name, Scope scope) {
        String pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return search("SELECT m.household_id FROM household_member m JOIN person p ON p.id = m.person_id "
                + "WHERE p.name LIKE :pattern ESCAPE '\\'", scope, "pattern", pattern);
    }

    List<Long> byCaseNumber(String caseNumber, Scope scope) {
        return search("SELECT household_id FROM discovery_case WHERE case_number = :caseNumber", scope, "caseNumber",
                caseNumber);
    }

    private List<Long> search(String households, Scope scope, String name, Object value) {
        String where = scope.countyWide() ? "" : "AND (h.township_code IN (:townships) OR h.village_code IN (:villages)) ";
        var statement = jdbc.sql("SELECT h.id FROM household h WHERE h.merged_into IS NULL AND h.id IN (" + households + ") "
                + where + "ORDER BY h.id FETCH FIRST " + SEARCH_LIMIT + " ROWS ONLY").param(name, value);
        if (!scope.countyWide()) {
            // an empty IN () is not SQL: a code no unit has stands for "none"
            statement = statement.param("townships", scope.townships().isEmpty() ? List.of("-") : scope.townships())
                    .param("villages", scope.villages().isEmpty() ? List.of("-") : scope.villages());
        }
        return statement.query(Long.class).list();
    }

    Summary summary(long householdId) {
        // the head first on every database (H2 sorts NULL first, PostgreSQL last)
        var head = jdbc.sql("SELECT p.name, p.id_number FROM household_member m JOIN person p ON p.id = m.person_id "
                        + "WHERE m.household_id = :household ORDER BY CASE WHEN m.head_of_household IS NULL THEN 1 ELSE 0 END, m.id FETCH FIRST 1 ROWS ONLY")
                .param("household", householdId)
                .query((rs, n) -> new String[] {rs.getString(1), cipher.open(rs.getString(2))}).optional()
                .orElse(new String[] {null, null});
        int members = jdbc.sql("SELECT COUNT(*) FROM household_member WHERE household_id = :household")
                .param("household", householdId).query(Integer.class).single();
        String openCase = jdbc.sql("SELECT case_number FROM discovery_case WHERE open_household_id = :household")
                .param("household", householdId).query(String.class).optional().orElse(null);
        return jdbc.sql("SELECT township_code, village_code, address FROM household WHERE id = :id").param("id", householdId)
                .query((rs, n) -> new Summary(householdId, rs.getString(1), rs.getString(2), rs.getString(3), head[0], head[1],
                        members, openCase)).single();
    }

    List<CaseRow> cases(long householdId) {
        return jdbc.sql("SELECT c.id, c.case_number, c.status, p.name, p.id_number, c.township_code, c.village_code, "
                        + "c.channel, c.urgent, c.related_to_staff, c.category, c.household_registration, c.opened_at, "
                        + "c.closed_at FROM discovery_case c JOIN person p ON p.id = c.person_id "
                        + "WHERE c.household_id = :household ORDER BY c.opened_at DESC, c.id DESC")
                .param("household", householdId).query(this::mapCase).list();
    }

    List<ReportRow> reports(long caseId) {
        return jdbc.sql("SELECT channel, reporter, description, urgent, result, received_at FROM case_report "
                        + "WHERE case_id = :case ORDER BY received_at, id").param("case", caseId)
                .query((rs, n) -> new ReportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), time(rs, 6))).list();
    }

    List<VisitRow> visits(long caseId) {
        return jdbc.sql("SELECT visit_no, visit_date, investigator1, investigator2, person_seen, not_seen_reason, "
                        + "hardship_degree, self_help_capacity, causes, findings, countermeasures, conclusion, recorded_at "
                        + "FROM home_visit WHERE case_id = :case ORDER BY visit_no").param("case", caseId)
                .query((rs, n) -> new VisitRow(rs.getInt(1), date(rs, 2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), time(rs, 13))).list();
    }

    Optional<AidRow> emergencyAid(long caseId) {
        return jdbc.sql("SELECT aid_kind, amount, purpose, county_approved, granted_at, post_approved_at FROM emergency_aid "
                        + "WHERE case_id = :case").param("case", caseId)
                .query((rs, n) -> new AidRow(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4),
                        time(rs, 5), time(rs, 6))).optional();
    }

    List<DecisionRow> decisions(long caseId) {
        return jdbc.sql("SELECT kind, outcome, amount, detail, decided_at FROM assistance_decision WHERE case_id = :case "
                        + "ORDER BY decided_at, id").param("case", caseId)
                .query((rs, n) -> new DecisionRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        time(rs, 5))).list();
    }

    /** The care arrangement (集中供养 or 物质+服务); the caregiver's phone stays sealed, the file does not need it. */
    Optional<CareRow> care(long caseId) {
        return jdbc.sql("SELECT kind, institution_name, admission_date, caregiver_name, visit_frequency, agreement_date, "
                        + "recorded_at FROM care_arrangement WHERE case_id = :case").param("case", caseId)
                .query((rs, n) -> new CareRow(rs.getString(1), rs.getString(2), date(rs, 3), rs.getString(4), rs.getString(5),
                        date(rs, 6), time(rs, 7))).optional();
    }

    List<ReferralRow> referrals(long caseId) {
        return jdbc.sql("SELECT department, status, answer, referred_at, answered_at FROM referral WHERE case_id = :case "
                        + "ORDER BY referred_at, id").param("case", caseId)
                .query((rs, n) -> new ReferralRow(rs.getString(1), rs.getString(2), rs.getString(3), time(rs, 4),
                        time(rs, 5))).list();
    }

    Optional<OffsetDateTime> monitoringEnrolment(long caseId) {
        return jdbc.sql("SELECT enrolled_at FROM monitoring_enrolment WHERE case_id = :case").param("case", caseId)
                .query((rs, n) -> time(rs, 1)).optional();
    }

    List<SpotCheckRow> spotChecks(long caseId) {
        return jdbc.sql("SELECT d.draw_month, i.recipient_kind, i.sampled, i.outcome, i.findings, i.checked_at, "
                        + "i.correction, i.corrected_at FROM spot_check_item i JOIN spot_check_draw d ON d.id = i.draw_id "
                        + "WHERE i.case_id = :case AND i.sampled = TRUE ORDER BY d.draw_month, i.position")
                .param("case", caseId)
                .query((rs, n) -> new SpotCheckRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), time(rs, 6), rs.getString(7), time(rs, 8))).list();
    }

    /** The household's ledger entries: those filed under it, and those of its cases (entries older than the household file). */
    List<LedgerRow> ledger(long householdId) {
        return jdbc.sql("SELECT l.id, c.case_number, l.kind, l.category, l.urgent, l.causes, l.measures, l.next_follow_up, "
                        + "l.status, l.created_at FROM ledger_entry l JOIN discovery_case c ON c.id = l.case_id "
                        + "WHERE l.household_id = :household OR c.household_id = :household ORDER BY l.created_at DESC, l.id DESC")
                .param("household", householdId)
                .query((rs, n) -> new LedgerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), date(rs, 8), rs.getString(9), time(rs, 10)))
                .list();
    }

    List<FollowUpRow> followUps(long ledgerEntryId) {
        return jdbc.sql("SELECT visit_no, visit_date, outcome, note, recorded_at FROM follow_up_visit "
                        + "WHERE ledger_entry_id = :entry ORDER BY visit_no").param("entry", ledgerEntryId)
                .query((rs, n) -> new FollowUpRow(rs.getInt(1), date(rs, 2), rs.getString(3), rs.getString(4), time(rs, 5)))
                .list();
    }

    private CaseRow mapCase(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), cipher.open(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
                rs.getString(12), time(rs, 13), time(rs, 14));
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
