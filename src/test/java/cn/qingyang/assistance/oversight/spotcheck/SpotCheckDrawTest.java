package cn.qingyang.assistance.oversight.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Candidate;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Reason;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckDraw.Stratum;
import cn.qingyang.assistance.traceability.Proves;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpotCheckDrawTest {

    static final BigDecimal THIRTY = new BigDecimal("0.30");
    static final BigDecimal TEN = new BigDecimal("0.10");

    private static List<Candidate> candidates(String township, Stratum stratum, int n, int relatedEvery) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Candidate(i, township + "-C" + String.format("%04d", i), township,
                    stratum == Stratum.SPECIAL ? "EXTREME_POVERTY" : "DIBAO", stratum,
                    relatedEvery > 0 && i % relatedEvery == 0, OffsetDateTime.parse("2031-05-01T10:00:00+08:00")));
        }
        return list;
    }

    @Proves("T-spot-check-30pct")
    @Test
    void eachTownshipAndStratumGetsItsRateRoundedUpAndEveryRelatedCase() {
        List<Candidate> all = new ArrayList<>();
        all.addAll(candidates("341723100", Stratum.SPECIAL, 7, 0));   // ceil(2.1) = 3
        all.addAll(candidates("341723100", Stratum.OTHER, 41, 20));   // ceil(4.1) = 5, of which 3 related (0, 20, 40)
        all.addAll(candidates("341723200", Stratum.OTHER, 3, 1));     // all 3 related, though the quota is 1
        List<Candidate> ordered = SpotCheckDraw.canonicalOrder(all);
        Map<Integer, Reason> drawn = SpotCheckDraw.draw(ordered, 42L, THIRTY, TEN);

        assertThat(count(ordered, drawn, "341723100", Stratum.SPECIAL)).isEqualTo(3);
        assertThat(count(ordered, drawn, "341723100", Stratum.OTHER)).isEqualTo(5);
        assertThat(count(ordered, drawn, "341723200", Stratum.OTHER)).isEqualTo(3);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).relatedToStaff()) {
                assertThat(drawn).containsEntry(i, Reason.RELATED_TO_STAFF);
            }
        }
        assertThat(drawn.values().stream().filter(Reason.RANDOM::equals)).hasSize(3 + 2);
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderTheCandidatesCameIn() {
        List<Candidate> all = candidates("341723106", Stratum.OTHER, 200, 0);
        List<Candidate> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Map<Integer, Reason> first = SpotCheckDraw.draw(SpotCheckDraw.canonicalOrder(all), 123456789L, THIRTY, TEN);
        Map<Integer, Reason> again = SpotCheckDraw.draw(SpotCheckDraw.canonicalOrder(shuffled), 123456789L, THIRTY, TEN);
        assertThat(again).isEqualTo(first).hasSize(20);

        Set<Set<Integer>> samples = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            samples.add(SpotCheckDraw.draw(SpotCheckDraw.canonicalOrder(all), seed, THIRTY, TEN).keySet());
        }
        assertThat(samples).as("different seeds, different samples").hasSizeGreaterThan(15);
    }

    @Test
    void everyCandidateHasAFairChance() {
        List<Candidate> all = SpotCheckDraw.canonicalOrder(candidates("341723106", Stratum.OTHER, 10, 0));
        int[] hits = new int[10];
        for (long seed = 0; seed < 20_000; seed++) {
            SpotCheckDraw.draw(all, seed, THIRTY, TEN).keySet().forEach(i -> hits[i]++);
        }
        for (int h : hits) {
            assertThat(h).as("each of 10 is drawn about 1 time in 10").isBetween(1_800, 2_200);
        }
    }

    @Test
    void ratesOutsideZeroToOneAreRefusedInChinese() {
        assertThat(SpotCheckDraw.rate("0.3", "特困人员抽查比例")).isEqualByComparingTo("0.30");
        assertThatThrownBy(() -> SpotCheckDraw.rate("30%", "特困人员抽查比例")).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> SpotCheckDraw.rate(1.5, "其他救助对象抽查比例")).hasMessageContaining("超出范围");
    }

    private static long count(List<Candidate> ordered, Map<Integer, Reason> drawn, String township, Stratum stratum) {
        return drawn.keySet().stream().map(ordered::get)
                .filter(c -> c.townshipCode().equals(township) && c.stratum() == stratum).count();
    }
}
