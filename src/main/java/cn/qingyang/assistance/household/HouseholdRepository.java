package cn.qingyang.assistance.household;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Households, their members (persons: ID numbers and phones sealed in {@code person}, opened here),
 * supporters and versions. What this class returns is plaintext; callers mask.
 */
@Repository
public class HouseholdRepository {

    private static final String MEMBER_SELECT = "SELECT m.id, m.person_id, p.name, p.id_number, p.phone, m.relation, "
            + "m.health, m.illness, m.disability_category, m.disability_grade, m.labour_capacity, m.self_care, "
            + "m.schooling, m.employment, m.income_wage, m.income_business, m.income_property, m.income_transfer, "
            + "m.medical_spending, m.education_spending, m.benefits FROM household_member m JOIN person p ON p.id = m.person_id ";
    private static final String HOUSEHOLD_SELECT = "SELECT id, township_code, village_code, address, registration_type, "
            + "housing_type, housing_safety, houses, vehicles, savings_band, business, lifted_from_poverty, under_monitoring, "
            + "focus_groups, responsible_person, version, merged_into, created_at, updated_at FROM household ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public HouseholdRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A household as its row holds it (members, supporters and versions are read apart). */
    public record HouseholdRow(long id, String townshipCode, String villageCode, String address, String registrationType,
                               String housingType, String housingSafety, Integer houses, Integer vehicles,
                               String savingsBand, String business, boolean liftedFromPoverty, boolean underMonitoring,
                               String focusGroups, String responsiblePerson, int version, Long mergedInto,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A member; {@code idNumber} and {@code phone} are plaintext. Incomes and spending are monthly (元). */
    public record Member(long memberId, long personId, String name, String idNumber, String phone, String relation,
                         String health, String illness, String disabilityCategory, Integer disabilityGrade,
                         String labourCapacity, String selfCare, String schooling, String employment,
                         BigDecimal incomeWage, BigDecimal incomeBusiness, BigDecimal incomeProperty,
                         BigDecimal incomeTransfer, BigDecimal medicalSpending, BigDecimal educationSpending,
                         String benefits) {

        public boolean head() {
            return HouseholdCodes.HEAD.equals(relation);
        }
    }

    public record Supporter(long id, String name, String relation, boolean ableToSupport, String note) {
    }

    public record Version(int versionNo, String changedBy, String source, String summary, OffsetDateTime changedAt) {
    }

    public Optional<Long> householdOf(long personId) {
        return jdbc.sql("SELECT household_id FROM household_member WHERE person_id = :person").param("person", personId)
                .query(Long.class).optional();
    }

    public Optional<HouseholdRow> find(long householdId) {
        return jdbc.sql(HOUSEHOLD_SELECT + "WHERE id = :id").param("id", householdId)
                .query(HouseholdRepository::mapHousehold).optional();
    }

    public List<Member> members(long householdId) {
        return jdbc.sql(MEMBER_SELECT + "WHERE m.household_id = :household ORDER BY CASE WHEN m.head_of_household IS NULL THEN 1 ELSE 0 END, m.id")
                .param("household", householdId).query(this::mapMember).list();
    }

    public List<Supporter> supporters(long householdId) {
        return jdbc.sql("SELECT id, name, relation, able_to_support, note FROM household_supporter "
                        + "WHERE household_id = :household ORDER BY id")
                .param("household", householdId)
                .query((rs, n) -> new Supporter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5))).list();
    }

    public List<Version> versions(long householdId) {
        return jdbc.sql("SELECT version_no, changed_by, source, summary, changed_at FROM household_version "
                        + "WHERE household_id = :household ORDER BY version_no")
                .param("household", householdId)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }

    /** A new household of one person, its head, in the person's township and village. */
    public long insertHousehold(String townshipCode, String villageCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO household (township_code, village_code) VALUES (:township, :village)")
                .param("township", townshipCode).param("village", villageCode).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertMember(long householdId, long personId, String relation) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO household_member (household_id, person_id, relation, head_of_household) "
                        + "VALUES (:household, :person, :relation, :head)")
                .param("household", householdId).param("person", personId).param("relation", relation)
                .param("head", HouseholdCodes.HEAD.equals(relation) ? householdId : null).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes every recorded attribute of a member (the person's name stays the person's). */
    public void updateMember(long householdId, Member member) {
        jdbc.sql("UPDATE household_member SET relation = :relation, head_of_household = :head, health = :health, "
                        + "illness = :illness, disability_category = :disabilityCategory, disability_grade = :disabilityGrade, "
                        + "labour_capacity = :labour, self_care = :selfCare, schooling = :schooling, employment = :employment, "
                        + "income_wage = :wage, income_business = :business, income_property = :property, "
                        + "income_transfer = :transfer, medical_spending = :medical, education_spending = :education, "
                        + "benefits = :benefits WHERE id = :id AND household_id = :household")
                .param("relation", member.relation()).param("head", member.head() ? householdId : null)
                .param("health", member.health()).param("illness", member.illness())
                .param("disabilityCategory", member.disabilityCategory()).param("disabilityGrade", member.disabilityGrade())
                .param("labour", member.labourCapacity()).param("selfCare", member.selfCare())
                .param("schooling", member.schooling()).param("employment", member.employment())
                .param("wage", member.incomeWage()).param("business", member.incomeBusiness())
                .param("property", member.incomeProperty()).param("transfer", member.incomeTransfer())
                .param("medical", member.medicalSpending()).param("education", member.educationSpending())
                .param("benefits", member.benefits()).param("id", member.memberId()).param("household", householdId)
                .update();
    }

    /** What a caseworker records of the household itself at a visit (members and supporters apart). */
    public record Facts(String address, String registrationType, String housingType, String housingSafety, Integer houses,
                        Integer vehicles, String savingsBand, String business, boolean liftedFromPoverty,
                        boolean underMonitoring, String focusGroups, String responsiblePerson) {
    }

    public void updateFacts(long householdId, Facts facts) {
        jdbc.sql("UPDATE household SET address = :address, registration_type = :registrationType, housing_type = :housingType, "
                        + "housing_safety = :housingSafety, houses = :houses, vehicles = :vehicles, savings_band = :savingsBand, "
                        + "business = :business, lifted_from_poverty = :lifted, under_monitoring = :monitored, "
                        + "focus_groups = :focusGroups, responsible_person = :responsible WHERE id = :id")
                .param("address", facts.address()).param("registrationType", facts.registrationType())
                .param("housingType", facts.housingType()).param("housingSafety", facts.housingSafety())
                .param("houses", facts.houses()).param("vehicles", facts.vehicles())
                .param("savingsBand", facts.savingsBand()).param("business", facts.business())
                .param("lifted", facts.liftedFromPoverty()).param("monitored", facts.underMonitoring())
                .param("focusGroups", facts.focusGroups()).param("responsible", facts.responsiblePerson())
                .param("id", householdId).update();
    }

    /** Names the household's 包保责任人 when it has none yet; whether it did. */
    public boolean nameResponsiblePersonIfNone(long householdId, String name) {
        return jdbc.sql("UPDATE household SET responsible_person = :name WHERE id = :household AND responsible_person IS NULL")
                .param("name", name).param("household", householdId).update() > 0;
    }

    /** The supporters as now recorded replace the earlier list (the versions keep the earlier ones). */
    public void replaceSupporters(long householdId, List<Supporter> supporters) {
        jdbc.sql("DELETE FROM household_supporter WHERE household_id = :household").param("household", householdId).update();
        for (Supporter supporter : supporters) {
            jdbc.sql("INSERT INTO household_supporter (household_id, name, relation, able_to_support, note) "
                            + "VALUES (:household, :name, :relation, :able, :note)")
                    .param("household", householdId).param("name", supporter.name()).param("relation", supporter.relation())
                    .param("able", supporter.ableToSupport()).param("note", supporter.note()).update();
        }
    }

    /** Clears the head mark of every member first, so that handing the headship over never trips the constraint. */
    public void clearHead(long householdId) {
        jdbc.sql("UPDATE household_member SET head_of_household = NULL WHERE household_id = :household")
                .param("household", householdId).update();
    }

    public void moveMember(long personId, long toHouseholdId, String relation) {
        jdbc.sql("UPDATE household_member SET household_id = :household, relation = :relation, head_of_household = :head "
                        + "WHERE person_id = :person")
                .param("household", toHouseholdId).param("relation", relation)
                .param("head", HouseholdCodes.HEAD.equals(relation) ? toHouseholdId : null).param("person", personId).update();
    }

    public void deleteMember(long memberId) {
        jdbc.sql("DELETE FROM household_member WHERE id = :id").param("id", memberId).update();
    }

    /**
     * Takes the household's row lock until the transaction ends, so that reports of two members
     * are handled one after the other: the second sees the first one's case and attaches to it
     * (and never updates the case's process variables at the same moment).
     */
    public void lock(long householdId) {
        jdbc.sql("UPDATE household SET version = version WHERE id = :id").param("id", householdId).update();
    }

    public int memberCount(long householdId) {
        return jdbc.sql("SELECT COUNT(*) FROM household_member WHERE household_id = :household")
                .param("household", householdId).query(Integer.class).single();
    }

    /** The household's open case, if any: its id. */
    public Optional<Long> openCase(long householdId) {
        return jdbc.sql("SELECT id FROM discovery_case WHERE open_household_id = :household").param("household", householdId)
                .query(Long.class).optional();
    }

    /** 并户: every case and ledger entry of {@code from} now belongs to {@code into}; {@code from} remembers where it went. */
    public void mergeInto(long from, long into) {
        jdbc.sql("UPDATE discovery_case SET household_id = :into, open_household_id = CASE WHEN open_household_id IS NULL "
                        + "THEN NULL ELSE :into END WHERE household_id = :from")
                .param("into", into).param("from", from).update();
        jdbc.sql("UPDATE ledger_entry SET household_id = :into WHERE household_id = :from")
                .param("into", into).param("from", from).update();
        jdbc.sql("UPDATE household SET merged_into = :into, updated_at = CURRENT_TIMESTAMP WHERE id = :from")
                .param("into", into).param("from", from).update();
    }

    /**
     * Version 1 of a household just inserted: {@code household.version} already says 1, so neither
     * the next number nor the household needs a statement (a registration of a new person writes
     * one; issue 15 §9, P1).
     */
    public void recordFirstVersion(long householdId, String changedBy, String source, String summary, String snapshot) {
        jdbc.sql("INSERT INTO household_version (household_id, version_no, changed_by, source, summary, snapshot) "
                        + "VALUES (:household, 1, :by, :source, :summary, :snapshot)")
                .param("household", householdId).param("by", changedBy == null ? "system" : changedBy)
                .param("source", source).param("summary", summary).param("snapshot", snapshot).update();
    }

    /** The next version of a household, with what changed and the file as it is now (JSON without full ID numbers). */
    public int recordVersion(long householdId, String changedBy, String source, String summary, String snapshot) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM household_version WHERE household_id = :household")
                .param("household", householdId).query(Integer.class).single();
        jdbc.sql("INSERT INTO household_version (household_id, version_no, changed_by, source, summary, snapshot) "
                        + "VALUES (:household, :no, :by, :source, :summary, :snapshot)")
                .param("household", householdId).param("no", next).param("by", changedBy == null ? "system" : changedBy)
                .param("source", source).param("summary", summary).param("snapshot", snapshot).update();
        jdbc.sql("UPDATE household SET version = :no, updated_at = CURRENT_TIMESTAMP WHERE id = :household")
                .param("no", next).param("household", householdId).update();
        return next;
    }

    private Member mapMember(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), cipher.open(rs.getString(4)),
                cipher.open(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                (Integer) rs.getObject(10, Integer.class), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
                rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getString(21));
    }

    private static HouseholdRow mapHousehold(ResultSet rs, int n) throws SQLException {
        return new HouseholdRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, Integer.class), rs.getObject(9, Integer.class),
                rs.getString(10), rs.getString(11), rs.getBoolean(12), rs.getBoolean(13), rs.getString(14),
                rs.getString(15), rs.getInt(16), rs.getObject(17, Long.class), rs.getObject(18, OffsetDateTime.class),
                rs.getObject(19, OffsetDateTime.class));
    }
}
