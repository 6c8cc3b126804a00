package cn.qingyang.assistance.accesslog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code personal_data_access} and the chain's head ({@code personal_data_access_head}). */
@Repository
class AccessLogRepository {

    public record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
    }

    public record Row(long seq, OffsetDateTime accessedAt, String userId, String action, String subject,
                      String townshipCode, Integer recordCount, String reason, String clientAddress, String prevHash,
                      String rowHash) {
    }

    public record Filter(String userId, String action, String subject, OffsetDateTime from, OffsetDateTime to) {
    }

    private static final String COLUMNS = "seq, accessed_at, user_id, action, subject, township_code, record_count, "
            + "reason, client_address, prev_hash, row_hash";

    private final JdbcClient jdbc;

    public AccessLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the transaction ends: appends (and the retention run) take turns. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM personal_data_access_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).single();
    }

    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM personal_data_access_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).single();
    }

    public void append(Row row) {
        jdbc.sql("INSERT INTO personal_data_access (" + COLUMNS + ") VALUES (:seq, :at, :user, :action, :subject, "
                        + ":township, :count, :reason, :address, :prev, :hash)")
                .param("seq", row.seq()).param("at", row.accessedAt()).param("user", row.userId())
                .param("action", row.action()).param("subject", row.subject()).param("township", row.townshipCode())
                .param("count", row.recordCount()).param("reason", row.reason()).param("address", row.clientAddress())
                .param("prev", row.prevHash()).param("hash", row.rowHash()).update();
        jdbc.sql("UPDATE personal_data_access_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", row.seq()).param("hash", row.rowHash()).update();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new java.util.HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM personal_data_access" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    public List<Row> find(Filter filter, int offset, int limit) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM personal_data_access" + where(filter, params)
                        + " ORDER BY seq DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(AccessLogRepository::row).list();
    }

    /** Every row in chain order, a batch at a time (the log can be long). */
    public void forEachInOrder(Consumer<Row> action) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> batch = jdbc.sql("SELECT " + COLUMNS + " FROM personal_data_access WHERE seq > :after "
                            + "ORDER BY seq FETCH FIRST 1000 ROWS ONLY")
                    .param("after", after).query(AccessLogRepository::row).list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            after = batch.get(batch.size() - 1).seq();
        }
    }

    /** The newest row accessed before the cut-off, if any: the retention run removes it and all older. */
    public java.util.Optional<Row> lastBefore(OffsetDateTime cutoff) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personal_data_access WHERE seq = (SELECT MAX(seq) FROM "
                        + "personal_data_access WHERE accessed_at < :cutoff)")
                .param("cutoff", cutoff).query(AccessLogRepository::row).optional();
    }

    /** Removes rows up to and including {@code seq} and makes that row's hash the new anchor. */
    public int removeThrough(long seq, String hash) {
        int removed = jdbc.sql("DELETE FROM personal_data_access WHERE seq <= :seq").param("seq", seq).update();
        jdbc.sql("UPDATE personal_data_access_head SET anchor_seq = :seq, anchor_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
        return removed;
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.userId() != null) {
            conditions.add("user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.subject() != null) {
            conditions.add("subject = :subject");
            params.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            conditions.add("accessed_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("accessed_at < :to");
            params.put("to", filter.to());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("accessed_at", OffsetDateTime.class), rs.getString("user_id"),
                rs.getString("action"), rs.getString("subject"), rs.getString("township_code"),
                (Integer) rs.getObject("record_count"), rs.getString("reason"), rs.getString("client_address"),
                rs.getString("prev_hash"), rs.getString("row_hash"));
    }
}
