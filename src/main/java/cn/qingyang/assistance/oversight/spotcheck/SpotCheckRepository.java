package cn.qingyang.assistance.oversight.spotcheck;

import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Candidate;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Reason;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Stratum;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService.Draw;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService.Item;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code spot_check_draw} and {@code spot_check_item}: a month's draw with its seed and every
 * candidate in order (so the draw can be repeated), and what was found and corrected; the
 * recipients a month approved, to draw from. ID numbers decrypted.
 */
@Repository
class SpotCheckRepository {

    /** Recipients approved in a month: 低保 confirmed, 临时救助 paid, 特困 care arranged (特困 confirmations). */
    private static final String POPULATION = """
            SELECT c.id AS case_id, c.case_number, c.township_code, c.related_to_staff, a.kind, a.at FROM discovery_case c
            JOIN (SELECT case_id, 'DIBAO' AS kind, decided_at AS at FROM assistance_decision WHERE kind = 'DIBAO' AND outcome = 'APPROVED'
                  UNION ALL SELECT case_id, 'TEMPORARY', decided_at FROM assistance_decision WHERE kind = 'TEMPORARY' AND outcome = 'PAID'
                  UNION ALL SELECT case_id, 'EXTREME_POVERTY', recorded_at FROM care_arrangement) a ON a.case_id = c.id
            WHERE a.at >= :from AND a.at < :to""";

    private static final String ITEMS = """
            SELECT i.*, c.case_number, p.name AS person_name, p.id_number, t.name AS township, v.name AS village
            FROM spot_check_item i JOIN discovery_case c ON c.id = i.case_id JOIN person p ON p.id = c.person_id
            JOIN org_unit t ON t.code = i.township_code LEFT JOIN org_unit v ON v.code = c.village_code""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    SpotCheckRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Recipients approved in {@code [from, to)}, in no particular order. */
    List<Candidate> population(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(POPULATION).param("from", from).param("to", to)
                .query((rs, i) -> new Candidate(rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getString("township_code"), rs.getString("kind"),
                        "EXTREME_POVERTY".equals(rs.getString("kind")) ? Stratum.SPECIAL : Stratum.OTHER,
                        rs.getBoolean("related_to_staff"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** Records the draw and every candidate in its order, sampled or not; the draw's id. */
    long insertDraw(String month, long seed, BigDecimal specialRate, BigDecimal otherRate, LocalDate from, LocalDate to,
                    List<Candidate> ordered, Map<Integer, Reason> drawn, String by) {
        jdbc.sql("INSERT INTO spot_check_draw (draw_month, seed, special_rate, other_rate, window_from, window_to, "
                        + "population, sampled, drawn_by) VALUES (:month, :seed, :special, :other, :from, :to, :population, "
                        + ":sampled, :by)")
                .param("month", month).param("seed", seed).param("special", specialRate).param("other", otherRate)
                .param("from", from).param("to", to).param("population", ordered.size()).param("sampled", drawn.size())
                .param("by", by).update();
        long drawId = find(month).orElseThrow().id();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            Reason reason = drawn.get(i);
            jdbc.sql("INSERT INTO spot_check_item (draw_id, position, case_id, township_code, recipient_kind, stratum, "
                            + "related_to_staff, approved_at, sampled, sample_reason) VALUES (:draw, :position, :case, "
                            + ":township, :kind, :stratum, :related, :approved, :sampled, :reason)")
                    .param("draw", drawId).param("position", i).param("case", c.caseId()).param("township", c.townshipCode())
                    .param("kind", c.recipientKind()).param("stratum", c.stratum().name()).param("related", c.relatedToStaff())
                    .param("approved", c.approvedAt()).param("sampled", reason != null)
                    .param("reason", reason == null ? null : reason.name()).update();
        }
        return drawId;
    }

    List<Long> sampledItems(long drawId) {
        return jdbc.sql("SELECT id FROM spot_check_item WHERE draw_id = :draw AND sampled ORDER BY position")
                .param("draw", drawId).query(Long.class).list();
    }

    String township(long itemId) {
        return jdbc.sql("SELECT township_code FROM spot_check_item WHERE id = :id")
                .param("id", itemId).query(String.class).single();
    }

    Optional<Draw> find(String month) {
        return jdbc.sql("SELECT * FROM spot_check_draw WHERE draw_month = :month").param("month", month)
                .query((rs, i) -> new Draw(rs.getLong("id"), rs.getString("draw_month"), rs.getLong("seed"),
                        rs.getBigDecimal("special_rate"), rs.getBigDecimal("other_rate"), rs.getInt("population"),
                        rs.getInt("sampled"), false))
                .optional();
    }

    List<Item> items(long drawId) {
        return jdbc.sql(ITEMS + " WHERE i.draw_id = :draw ORDER BY i.position").param("draw", drawId)
                .query(this::mapItem).list();
    }

    Item item(long itemId) {
        return jdbc.sql(ITEMS + " WHERE i.id = :id").param("id", itemId).query(this::mapItem).single();
    }

    void recordCheck(long itemId, String outcome, String findings, String by) {
        jdbc.sql("UPDATE spot_check_item SET outcome = :outcome, findings = :findings, checked_by = :by, "
                        + "checked_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("outcome", outcome).param("findings", findings).param("by", by).param("id", itemId).update();
    }

    void recordCorrection(long itemId, String correction, String by) {
        jdbc.sql("UPDATE spot_check_item SET correction = :correction, corrected_by = :by, "
                        + "corrected_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("correction", correction).param("by", by).param("id", itemId).update();
    }

    private Item mapItem(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getInt("position"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("person_name"), cipher.open(rs.getString("id_number")), rs.getString("township_code"),
                rs.getString("township"), rs.getString("village"), rs.getString("recipient_kind"), rs.getString("stratum"),
                rs.getBoolean("related_to_staff"), rs.getObject("approved_at", OffsetDateTime.class), rs.getBoolean("sampled"),
                rs.getString("sample_reason"), rs.getString("outcome"), rs.getString("findings"), rs.getString("correction"));
    }
}
