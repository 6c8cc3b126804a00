package cn.qingyang.assistance.oversight.spotcheck;

import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Candidate;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Reason;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Stratum;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 随机抽查: draws recently approved recipients per township, keeps every candidate with the seed
 * so the draw can be repeated, and records what the county found and how the township corrected it.
 */
@Service("spotChecks")
public class SpotCheckService {

    /** Recipients approved in a month: 低保 confirmed, 临时救助 paid, 特困 care arranged (特困 confirmations). */
    private static final String POPULATION = """
            SELECT c.id AS case_id, c.case_number, c.township_code, c.related_to_staff, a.kind, a.at FROM discovery_case c
            JOIN (SELECT case_id, 'DIBAO' AS kind, decided_at AS at FROM assistance_decision WHERE kind = 'DIBAO' AND outcome = 'APPROVED'
                  UNION ALL SELECT case_id, 'TEMPORARY', decided_at FROM assistance_decision WHERE kind = 'TEMPORARY' AND outcome = 'PAID'
                  UNION ALL SELECT case_id, 'EXTREME_POVERTY', recorded_at FROM care_arrangement) a ON a.case_id = c.id
            WHERE a.at >= :from AND a.at < :to""";

    public static final Map<String, String> KIND_LABELS = Map.of("DIBAO", "最低生活保障", "TEMPORARY", "临时救助",
            "EXTREME_POVERTY", "特困人员供养");
    public static final Map<String, String> OUTCOME_LABELS = Map.of("NORMAL", "正常", "MISSED", "漏保", "WRONG", "错保",
            "FAVOUR", "人情保", "CONNECTION", "关系保");

    public record Draw(long id, String month, long seed, BigDecimal specialRate, BigDecimal otherRate, int population,
                       int sampled, boolean alreadyDrawn) {
    }

    public record Item(long id, int position, long caseId, String caseNumber, String personName, String idNumber,
                       String townshipCode, String township, String village, String recipientKind, String stratum,
                       boolean relatedToStaff, OffsetDateTime approvedAt, boolean sampled, String sampleReason,
                       String outcome, String findings, String correction) {

        public String idNumberMasked() {
            return ResidentIdNumber.parse(idNumber).masked();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    private final FieldCipher cipher;

    public SpotCheckService(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** Draws the month once; a second call answers the first draw with {@code alreadyDrawn}. */
    @Transactional
    public Draw draw(String month, BigDecimal specialRate, BigDecimal otherRate, String by) {
        Optional<Draw> earlier = find(month);
        if (earlier.isPresent()) {
            Draw d = earlier.get();
            return new Draw(d.id(), d.month(), d.seed(), d.specialRate(), d.otherRate(), d.population(), d.sampled(), true);
        }
        YearMonth yearMonth = YearMonth.parse(month);
        LocalDate from = yearMonth.atDay(1);
        LocalDate to = yearMonth.plusMonths(1).atDay(1);
        List<Candidate> ordered = SpotCheckDraw.canonicalOrder(population(from, to));
        long seed = seeds.nextLong();
        Map<Integer, Reason> drawn = SpotCheckDraw.draw(ordered, seed, specialRate, otherRate);
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
        return new Draw(drawId, month, seed, specialRate, otherRate, ordered.size(), drawn.size(), false);
    }

    /** Repeats a recorded draw from its candidates and seed: true when it picks exactly the recorded sample. */
    public boolean reproduces(Draw draw) {
        List<Item> items = items(draw.id());
        List<Candidate> ordered = items.stream().map(i -> new Candidate(i.caseId(), i.caseNumber(), i.townshipCode(),
                i.recipientKind(), Stratum.valueOf(i.stratum()), i.relatedToStaff(), i.approvedAt())).toList();
        if (!SpotCheckDraw.canonicalOrder(ordered).equals(ordered)) {
            return false;
        }
        Map<Integer, Reason> again = SpotCheckDraw.draw(ordered, draw.seed(), draw.specialRate(), draw.otherRate());
        for (Item item : items) {
            Reason reason = again.get(item.position());
            if (item.sampled() != (reason != null) || (reason != null && !reason.name().equals(item.sampleReason()))) {
                return false;
            }
        }
        return true;
    }

    public List<Long> sampledItems(long drawId) {
        return jdbc.sql("SELECT id FROM spot_check_item WHERE draw_id = :draw AND sampled ORDER BY position")
                .param("draw", drawId).query(Long.class).list();
    }

    public String township(Object itemId) {
        return jdbc.sql("SELECT township_code FROM spot_check_item WHERE id = :id")
                .param("id", ((Number) itemId).longValue()).query(String.class).single();
    }

    public Optional<Draw> find(String month) {
        return jdbc.sql("SELECT * FROM spot_check_draw WHERE draw_month = :month").param("month", month)
                .query((rs, i) -> new Draw(rs.getLong("id"), rs.getString("draw_month"), rs.getLong("seed"),
                        rs.getBigDecimal("special_rate"), rs.getBigDecimal("other_rate"), rs.getInt("population"),
                        rs.getInt("sampled"), false))
                .optional();
    }

    public List<Item> items(long drawId) {
        return jdbc.sql(ITEMS + " WHERE i.draw_id = :draw ORDER BY i.position").param("draw", drawId)
                .query(this::mapItem).list();
    }

    public Item item(long itemId) {
        return jdbc.sql(ITEMS + " WHERE i.id = :id").param("id", itemId).query(this::mapItem).single();
    }

    public void recordCheck(long itemId, String outcome, String findings, String by) {
        jdbc.sql("UPDATE spot_check_item SET outcome = :outcome, findings = :findings, checked_by = :by, "
                        + "checked_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("outcome", outcome).param("findings", findings).param("by", by).param("id", itemId).update();
    }

    public void recordCorrection(long itemId, String correction, String by) {
        jdbc.sql("UPDATE spot_check_item SET correction = :correction, corrected_by = :by, "
                        + "corrected_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("correction", correction).param("by", by).param("id", itemId).update();
    }

    private List<Candidate> population(LocalDate from, LocalDate to) {
        List<Candidate> result = new ArrayList<>();
        jdbc.sql(POPULATION).param("from", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("to", to.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query((rs, i) -> result.add(new Candidate(rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getString("township_code"), rs.getString("kind"),
                        "EXTREME_POVERTY".equals(rs.getString("kind")) ? Stratum.SPECIAL : Stratum.OTHER,
                        rs.getBoolean("related_to_staff"), rs.getObject("at", OffsetDateTime.class))))
                .list();
        return result;
    }

    private static final String ITEMS = """
            SELECT i.*, c.case_number, p.name AS person_name, p.id_number, t.name AS township, v.name AS village
            FROM spot_check_item i JOIN discovery_case c ON c.id = i.case_id JOIN person p ON p.id = c.person_id
            JOIN org_unit t ON t.code = i.township_code LEFT JOIN org_unit v ON v.code = c.village_code""";

    private Item mapItem(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getInt("position"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("person_name"), cipher.open(rs.getString("id_number")), rs.getString("township_code"),
                rs.getString("township"), rs.getString("village"), rs.getString("recipient_kind"), rs.getString("stratum"),
                rs.getBoolean("related_to_staff"), rs.getObject("approved_at", OffsetDateTime.class), rs.getBoolean("sampled"),
                rs.getString("sample_reason"), rs.getString("outcome"), rs.getString("findings"), rs.getString("correction"));
    }
}
