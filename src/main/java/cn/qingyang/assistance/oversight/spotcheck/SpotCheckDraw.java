package cn.qingyang.assistance.oversight.spotcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The spot-check draw, a pure function of the candidates, the seed and the rates, so that anyone
 * holding the recorded candidates and seed can repeat it and get the same sample (the draw is
 * shown to be fair).
 *
 * <p>Candidates are put in a canonical order (township, stratum, case number, kind). In each
 * township and stratum of n candidates, ceil(rate x n) are checked: every candidate related to a
 * staff member (单独登记备案: always checked), and the rest of the quota drawn at random from the
 * others by a partial Fisher-Yates shuffle driven by one {@link Random} seeded with the seed,
 * used group after group in that order.
 */
final class SpotCheckDraw {

    public enum Stratum { SPECIAL, OTHER }

    public enum Reason { RANDOM, RELATED_TO_STAFF }

    public record Candidate(long caseId, String caseNumber, String townshipCode, String recipientKind, Stratum stratum,
                            boolean relatedToStaff, OffsetDateTime approvedAt) {
    }

    private static final Comparator<Candidate> CANONICAL = Comparator.comparing(Candidate::townshipCode)
            .thenComparing(Candidate::stratum).thenComparing(Candidate::caseNumber).thenComparing(Candidate::recipientKind);

    private SpotCheckDraw() {
    }

    public static List<Candidate> canonicalOrder(List<Candidate> candidates) {
        return candidates.stream().sorted(CANONICAL).toList();
    }

    /** Checks a rate: a share between 0 and 1. */
    public static BigDecimal rate(Object value, String what) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(Objects.requireNonNull(value, what).toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + "“" + value + "”不是数字，应为 0 到 1 之间的比例，例如 0.30。");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " " + rate + " 超出范围，应为 0 到 1 之间的比例，例如 0.30。");
        }
        return rate;
    }

    /**
     * @param ordered candidates in canonical order (as {@link #canonicalOrder} gives them)
     * @return the positions (indexes into {@code ordered}) drawn, with why, in position order
     */
    public static Map<Integer, Reason> draw(List<Candidate> ordered, long seed, BigDecimal specialRate,
                                            BigDecimal otherRate) {
        Random random = new Random(seed);
        Map<Integer, Reason> drawn = new java.util.TreeMap<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            groups.computeIfAbsent(c.townshipCode() + "/" + c.stratum(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            BigDecimal rate = ordered.get(group.get(0)).stratum() == Stratum.SPECIAL ? specialRate : otherRate;
            int quota = rate.multiply(BigDecimal.valueOf(group.size())).setScale(0, RoundingMode.CEILING).intValueExact();
            List<Integer> others = new ArrayList<>();
            for (int position : group) {
                if (ordered.get(position).relatedToStaff()) {
                    drawn.put(position, Reason.RELATED_TO_STAFF);
                } else {
                    others.add(position);
                }
            }
            int picks = Math.min(others.size(), Math.max(0, quota - (group.size() - others.size())));
            for (int k = 0; k < picks; k++) {
                int j = k + random.nextInt(others.size() - k);
                Integer chosen = others.get(j);
                others.set(j, others.get(k));
                others.set(k, chosen);
                drawn.put(chosen, Reason.RANDOM);
            }
        }
        return drawn;
    }
}
