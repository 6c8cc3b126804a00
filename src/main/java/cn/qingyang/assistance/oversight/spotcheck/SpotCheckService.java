package cn.qingyang.assistance.oversight.spotcheck;

import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Candidate;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Reason;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Stratum;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 随机抽查: draws recently approved recipients per township, keeps every candidate with the seed
 * so the draw can be repeated, and records what the county found and how the township corrected it.
 */
@Service("spotChecks")
public class SpotCheckService {

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

    private final SpotCheckRepository spotChecks;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    SpotCheckService(SpotCheckRepository spotChecks, Clock clock) {
        this.spotChecks = spotChecks;
        this.clock = clock;
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
        List<Candidate> ordered = SpotCheckDraw.canonicalOrder(spotChecks.population(
                from.atStartOfDay(clock.getZone()).toOffsetDateTime(), to.atStartOfDay(clock.getZone()).toOffsetDateTime()));
        long seed = seeds.nextLong();
        Map<Integer, Reason> drawn = SpotCheckDraw.draw(ordered, seed, specialRate, otherRate);
        long drawId = spotChecks.insertDraw(month, seed, specialRate, otherRate, from, to, ordered, drawn, by);
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

    /** The sampled items of a draw, in order (the diagram's multi-instance collection). */
    public List<Long> sampledItems(long drawId) {
        return spotChecks.sampledItems(drawId);
    }

    /** The township an item belongs to (the diagram passes it to the item's process). */
    public String township(Object itemId) {
        return spotChecks.township(((Number) itemId).longValue());
    }

    public Optional<Draw> find(String month) {
        return spotChecks.find(month);
    }

    public List<Item> items(long drawId) {
        return spotChecks.items(drawId);
    }

    public Item item(long itemId) {
        return spotChecks.item(itemId);
    }

    public void recordCheck(long itemId, String outcome, String findings, String by) {
        spotChecks.recordCheck(itemId, outcome, findings, by);
    }

    public void recordCorrection(long itemId, String correction, String by) {
        spotChecks.recordCorrection(itemId, correction, by);
    }
}
