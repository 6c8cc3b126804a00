package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sweep_village}, and the month's roster (花名册) from the reports of our tables (ID numbers, phones decrypted). */
@Repository
class SweepRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public SweepRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public record RosterRow(String name, String idNumber, String phone, String township, String village,
                            String description, boolean urgent) {
    }

    public void open(String month, String townshipCode, String villageCode) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM sweep_village WHERE sweep_month = :month AND village_code = :village")
                .param("month", month).param("village", villageCode).query(Integer.class).single();
        if (existing == 0) {
            jdbc.sql("INSERT INTO sweep_village (sweep_month, township_code, village_code, status) "
                            + "VALUES (:month, :township, :village, 'OPEN')")
                    .param("month", month).param("township", townshipCode).param("village", villageCode).update();
        }
    }

    public void reminded(String month, String villageCode) {
        jdbc.sql("UPDATE sweep_village SET reminded_at = CURRENT_TIMESTAMP WHERE sweep_month = :month AND village_code = :village")
                .param("month", month).param("village", villageCode).update();
    }

    /** The village's due date passed with its sweep still open: it may still finish this month, late. */
    public void overdue(String month, String villageCode) {
        jdbc.sql("UPDATE sweep_village SET status = 'OVERDUE' WHERE sweep_month = :month AND village_code = :village "
                        + "AND status = 'OPEN'")
                .param("month", month).param("village", villageCode).update();
    }

    /** The village confirmed its sweep: DONE, or DONE_LATE when it was overdue first (it still counts as overdue). */
    public void done(String month, String villageCode, Integer households, Integer people, String note) {
        jdbc.sql("UPDATE sweep_village SET status = CASE WHEN status = 'OVERDUE' THEN 'DONE_LATE' ELSE 'DONE' END, "
                        + "households_visited = :households, people_reported = :people, note = :note, "
                        + "finished_at = CURRENT_TIMESTAMP WHERE sweep_month = :month AND village_code = :village")
                .param("households", households).param("people", people).param("note", note)
                .param("month", month).param("village", villageCode).update();
    }

    /** The month ended before the village confirmed its sweep. */
    public void notDone(String month, String villageCode) {
        jdbc.sql("UPDATE sweep_village SET status = 'NOT_DONE', finished_at = CURRENT_TIMESTAMP "
                        + "WHERE sweep_month = :month AND village_code = :village")
                .param("month", month).param("village", villageCode).update();
    }

    public String status(String month, String villageCode) {
        return jdbc.sql("SELECT status FROM sweep_village WHERE sweep_month = :month AND village_code = :village")
                .param("month", month).param("village", villageCode).query(String.class).single();
    }

    /** Everyone reported to the township during the month (Beijing time), in the order received. */
    public List<RosterRow> roster(String townshipCode, String month, ZoneId zone) {
        YearMonth yearMonth = YearMonth.parse(month);
        return jdbc.sql("""
                        SELECT p.name, p.id_number, p.phone, t.name AS township, v.name AS village, r.description, r.urgent
                          FROM case_report r
                          JOIN discovery_case c ON c.id = r.case_id
                          JOIN person p ON p.id = c.person_id
                          JOIN org_unit t ON t.code = c.township_code
                          LEFT JOIN org_unit v ON v.code = c.village_code
                         WHERE c.township_code = :township AND r.received_at >= :from AND r.received_at < :to
                         ORDER BY r.id""")
                .param("township", townshipCode)
                .param("from", yearMonth.atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .param("to", yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> new RosterRow(rs.getString("name"), cipher.open(rs.getString("id_number")),
                        cipher.open(rs.getString("phone")),
                        rs.getString("township"), rs.getString("village"), rs.getString("description"),
                        rs.getBoolean("urgent")))
                .list();
    }
}
