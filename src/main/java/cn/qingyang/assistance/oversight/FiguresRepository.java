package cn.qingyang.assistance.oversight;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a township's figures read from our tables (reports, visits, assistance, sweeps, spot
 * checks), for several townships at once; townships without any row are left out of each map.
 */
@Repository
class FiguresRepository {

    /** A case and when it was first assisted. */
    record FirstAssistance(String townshipCode, Instant openedAt, Instant firstAssistedAt) {
    }

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** township -> channel -> reports received in the period. */
    Map<String, Map<String, Long>> reportsByChannel(List<String> townshipCodes, OversightPeriod period) {
        Map<String, Map<String, Long>> channels = new HashMap<>();
        jdbc.sql("""
                        SELECT c.township_code, r.channel, COUNT(*) AS n FROM case_report r
                        JOIN discovery_case c ON c.id = r.case_id
                        WHERE c.township_code IN (:townships) AND r.received_at >= :from AND r.received_at < :to
                        GROUP BY c.township_code, r.channel""")
                .params(params(townshipCodes, period)).query((rs, i) -> channels.computeIfAbsent(rs.getString(1),
                        k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3))).list();
        return channels;
    }

    /** township -> [visits recorded in the period without seeing the person, sent back for more investigation]. */
    Map<String, long[]> visits(List<String> townshipCodes, OversightPeriod period) {
        return counts("""
                SELECT c.township_code,
                       SUM(CASE WHEN v.person_seen THEN 0 ELSE 1 END),
                       SUM(CASE WHEN v.conclusion = 'MORE_NEEDED' THEN 1 ELSE 0 END)
                FROM home_visit v JOIN discovery_case c ON c.id = v.case_id
                WHERE c.township_code IN (:townships) AND v.recorded_at >= :from AND v.recorded_at < :to
                GROUP BY c.township_code""", params(townshipCodes, period));
    }

    /**
     * township -> [village sweeps of the period's months, of which overdue: overdue and still open,
     * done late, or not done by the month's end].
     */
    Map<String, long[]> sweeps(List<String> townshipCodes, OversightPeriod period) {
        return counts("""
                SELECT township_code, COUNT(*), SUM(CASE WHEN status IN ('OVERDUE', 'DONE_LATE', 'NOT_DONE') THEN 1 ELSE 0 END)
                FROM sweep_village WHERE township_code IN (:townships) AND sweep_month IN (:months)
                GROUP BY township_code""", Map.of("townships", townshipCodes, "months", period.months()));
    }

    /** township -> [spot-check items checked in the period, of which with a finding]. */
    Map<String, long[]> spotChecks(List<String> townshipCodes, OversightPeriod period) {
        return counts("""
                SELECT township_code, COUNT(*), SUM(CASE WHEN outcome = 'NORMAL' THEN 0 ELSE 1 END)
                FROM spot_check_item WHERE township_code IN (:townships) AND outcome IS NOT NULL
                AND checked_at >= :from AND checked_at < :to
                GROUP BY township_code""", params(townshipCodes, period));
    }

    /** The cases first assisted (any kind of aid) in the period. */
    List<FirstAssistance> firstAssisted(List<String> townshipCodes, OversightPeriod period) {
        return jdbc.sql("""
                        SELECT c.township_code, c.opened_at, MIN(a.at) AS first_at FROM discovery_case c JOIN (
                            SELECT case_id, granted_at AS at FROM emergency_aid
                            UNION ALL SELECT case_id, decided_at FROM assistance_decision WHERE outcome IN ('APPROVED', 'PAID')
                            UNION ALL SELECT case_id, recorded_at FROM care_arrangement
                            UNION ALL SELECT case_id, referred_at FROM referral
                            UNION ALL SELECT case_id, enrolled_at FROM monitoring_enrolment) a ON a.case_id = c.id
                        WHERE c.township_code IN (:townships)
                        GROUP BY c.id, c.township_code, c.opened_at
                        HAVING MIN(a.at) >= :from AND MIN(a.at) < :to""")
                .params(params(townshipCodes, period))
                .query((rs, i) -> new FirstAssistance(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Map<String, Object> params(List<String> townshipCodes, OversightPeriod period) {
        return Map.of("townships", townshipCodes, "from", period.from(), "to", period.to());
    }

    /** township -> the two counts after the township column. */
    private Map<String, long[]> counts(String sql, Map<String, Object> params) {
        Map<String, long[]> result = new HashMap<>();
        jdbc.sql(sql).params(params)
                .query((rs, i) -> result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return result;
    }
}
