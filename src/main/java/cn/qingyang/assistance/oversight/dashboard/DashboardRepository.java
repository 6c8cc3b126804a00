package cn.qingyang.assistance.oversight.dashboard;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the dashboard reads from our tables: open cases and reports received, per township. */
@Repository
class DashboardRepository {

    /** A report as the dashboard counts it. */
    record ReceivedReport(String townshipCode, String channel, OffsetDateTime receivedAt) {
    }

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** township -> open cases (townships without any are left out). */
    Map<String, Long> openCases(List<String> townshipCodes) {
        Map<String, Long> open = new HashMap<>();
        jdbc.sql("SELECT township_code, COUNT(*) FROM discovery_case WHERE status = 'OPEN' "
                        + "AND township_code IN (:codes) GROUP BY township_code")
                .param("codes", townshipCodes).query((rs, i) -> open.put(rs.getString(1), rs.getLong(2))).list();
        return open;
    }

    /** The reports the townships' cases received in {@code [from, to)}. */
    List<ReceivedReport> reports(List<String> townshipCodes, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        SELECT c.township_code, r.channel, r.received_at FROM case_report r
                        JOIN discovery_case c ON c.id = r.case_id
                        WHERE c.township_code IN (:codes) AND r.received_at >= :from AND r.received_at < :to""")
                .param("codes", townshipCodes).param("from", from).param("to", to)
                .query((rs, i) -> new ReceivedReport(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }
}
